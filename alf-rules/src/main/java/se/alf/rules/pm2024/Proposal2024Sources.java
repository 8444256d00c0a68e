package se.alf.rules.pm2024;

import se.alf.source.Citation;
import se.alf.source.Sources;

/** The citations the proposal's rule set uses, in one place. */
final class Proposal2024Sources {

  private Proposal2024Sources() {}

  static final Citation MEMORANDUM = Citation.builder().document(Sources.PM_2024)
      .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
      .note("Hållbar och högkvalitativ läkarutbildning och klinisk forskning – förslag till ett"
          + " reviderat ALF-avtal (Bertil Lindahl, 2024); not itself reachable, read through"
          + " Region Västerbotten's response, which follows its section numbers").build();

  static final Citation EQUAL_RATE = Citation.pm2024("6.1.1")
      .withNote("equal compensation per full-year student for all ALF regions regardless of"
          + " geography");

  static final Citation MINIMUM = Citation.pm2024("6.1.2")
      .withNote("Region Örebro län's minimum raised to the number actually trained from 2026; the"
          + " others keep theirs; all rise by one eleventh from 2027, when term 12 is first"
          + " given");

  static final Citation RAISE = Citation.pm2024("6.2.1")
      .withNote("the relative compensation per full-year student is raised from 2026 for the"
          + " 6-year programme; its size is not given");

  static final Citation PERMIT = Citation.pm2024("7.2")
      .withNote("'…och som kräver tillstånd av Läkemedelsverket eller Etikprövningsmyndigheten'");

  static final Citation KEYS = Citation.pm2024("7.5.1")
      .withNote("with an unchanged appropriation, the current percentage keys");

  static final Citation CITED = Citation.pm2024("7.5.2")
      .withNote("part of an increase is distributed by highly cited articles; the share is not"
          + " given");

  static final Citation QUALITY = Citation.pm2024("7.10")
      .withNote("research ALF = base amount + quality amount; undermålig loses the quality amount"
          + " and keeps the base; god–hög already earns it");

  static final Citation EVALUATION = Citation.pm2024("7.9.2")
      .withNote("quality evaluations continue every four years");

  static final Citation USV_ENDS = Citation.pm2024("6.4, 7.9.1")
      .withNote("Socialstyrelsen's evaluation of university healthcare ends");

  static final Citation START = Citation.builder().document("alf assumption")
      .section("start of the proposal's undated changes")
      .note("The memorandum dates some changes (2026, 2027) but not the entry into force of a"
          + " new agreement; its research model (7.5, 7.10), definition (7.2) and the end of the"
          + " USV evaluation (6.4) are assumed to apply from 2026, its earliest dated change."
          + " Replace with a reform.")
      .build();
}
