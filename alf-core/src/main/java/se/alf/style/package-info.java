/** The project's Immutables style; exported only to the library's own modules. */
package se.alf.style;
