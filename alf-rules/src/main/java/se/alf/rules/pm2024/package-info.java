/** The rule set pm2024: see {@link se.alf.rules.pm2024.Proposal2024}. */
package se.alf.rules.pm2024;
