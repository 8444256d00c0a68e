/**
 * Reference data on the medical workforce and clinical placements around ALF: seed 004's table of
 * AT, BT and ST posts and VFU student weeks in Sjukvårdsregion Mellansverige.
 */
package se.alf.workforce;
