package se.alf.programme;

import se.alf.source.Citation;
import se.alf.source.Sources;

/** The term profiles of the two programmes, as Region Västerbotten's response § 6.1.2 gives. */
final class TermProfiles {

  private TermProfiles() {}

  private static final String QUOTE = "\"de första fem terminerna på läkarutbildningen till "
      + "största delen är inom de prekliniska ämnesdisciplinerna samt att ytterligare en termin "
      + "utgörs av ett vetenskapligt arbete\"; \"bara fem terminer där läkarutbildningen har sin "
      + "majoritet av den kliniska träningen\"";

  /** 5 preclinical + 1 degree project + 5 clinical = 11. */
  static final TermProfile ELEVEN_TERM = TermProfile.builder()
      .name("the 11-term medical programme (330 hp)")
      .preclinicalTerms(5)
      .degreeProjectTerms(1)
      .clinicalTerms(5)
      .citation(Citation.builder().document(Sources.PM_2024).section("6.1.2")
          .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
          .note("Region Västerbotten on the current programme: " + QUOTE
              + ". The position of the degree-project term is not given.")
          .build())
      .build();

  /** 5 preclinical + 1 degree project + 6 clinical = 12: Region Västerbotten's reading. */
  static final TermProfile TWELVE_TERM = TermProfile.builder()
      .name("the 12-term medical programme (360 hp)")
      .preclinicalTerms(5)
      .degreeProjectTerms(1)
      .clinicalTerms(6)
      .citation(Citation.builder().document(Sources.PM_2024).section("6.1.2")
          .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE)
          .note("Region Västerbotten's reading: it argues the 12th term adds clinical "
              + "training, so the regions take \"inte ... en elftedel fler studenter, utan en "
              + "femtedel\" (5 clinical terms become 6). The position of the degree-project term "
              + "is not given.")
          .build())
      .build();
}
