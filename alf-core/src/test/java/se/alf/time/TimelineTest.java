package se.alf.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.alf.source.Citation;

class TimelineTest {

  private static final String NAME = "grundersättning per helårsstudent";
  private static final LocalDate Y2015 = LocalDate.of(2015, 1, 1);
  private static final LocalDate Y2016 = LocalDate.of(2016, 1, 1);
  private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
  private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
  private static final Citation C9 = Citation.alf2014("§ 9");
  private static final Citation C7 = Citation.alf2014("§ 7");
  private static final Citation PM = Citation.pm2024("6.1.2");

  private static final DatedValue<String> A = DatedValue.between(Y2015, Y2016, "a", C9);
  private static final DatedValue<String> B = DatedValue.between(Y2016, Y2019, "b", C7);
  private static final DatedValue<String> C = DatedValue.from(Y2020, "c", PM);

  /** a over [2015, 2016), b over [2016, 2019), a gap over 2019, c from 2020 on. */
  private static Timeline<String> abc() {
    // added out of order on purpose: the timeline sorts by start date
    return Timeline.<String>builder(NAME).add(C).add(A).add(B).build();
  }

  @Test
  void answersByHalfOpenRanges() {
    Timeline<String> t = Timeline.<String>builder(NAME).add(Y2015, Y2016, "a", C9).build();
    assertEquals("a", t.valueAt(Y2015));
    assertEquals("a", t.valueAt(LocalDate.of(2015, 12, 31)));
    assertThrows(NoValueOnDateException.class, () -> t.at(Y2016));
    assertThrows(NoValueOnDateException.class, () -> t.at(LocalDate.of(2014, 12, 31)));
    assertEquals(Optional.empty(), t.find(Y2016));
  }

  @Test
  void answersTheValueWhoseRangeHoldsTheDate() {
    Timeline<String> t = abc();
    assertEquals(ImmutableList.of(A, B, C), t.values());
    assertEquals(A, t.at(Y2015));
    assertEquals(A, t.at(LocalDate.of(2015, 12, 31)));
    // 2016-01-01 is where a stops and b starts: only b holds
    assertEquals(B, t.at(Y2016));
    assertEquals("b", t.valueAt(LocalDate.of(2018, 12, 31)));
    assertEquals(C, t.at(Y2020));
    assertEquals("c", t.valueAt(LocalDate.of(2099, 6, 30)));
    assertEquals(Optional.of(B), t.find(LocalDate.of(2017, 3, 1)));
    assertEquals(NAME, t.name());
  }

  @Test
  void aGapIsAnsweredWithAnExceptionNamingTimelineDateAndRanges() {
    Timeline<String> t = abc();
    LocalDate inGap = LocalDate.of(2019, 6, 1);
    assertEquals(Optional.empty(), t.find(inGap));
    NoValueOnDateException e = assertThrows(NoValueOnDateException.class, () -> t.at(inGap));
    assertEquals(NAME, e.timeline());
    assertEquals(inGap, e.date());
    assertTrue(e.getMessage().contains(NAME), e.getMessage());
    assertTrue(e.getMessage().contains("2019-06-01"), e.getMessage());
    assertTrue(e.getMessage().contains(
        "[2015-01-01, 2016-01-01), [2016-01-01, 2019-01-01), [2020-01-01, …)"), e.getMessage());
    // before the first range too
    e = assertThrows(NoValueOnDateException.class, () -> t.valueAt(LocalDate.of(2014, 12, 31)));
    assertEquals(LocalDate.of(2014, 12, 31), e.date());
  }

  @Test
  void anEmptyTimelineAnswersNothing() {
    Timeline<String> t = Timeline.<String>builder("empty").build();
    assertEquals(ImmutableList.of(), t.values());
    NoValueOnDateException e = assertThrows(NoValueOnDateException.class, () -> t.at(Y2015));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    assertTrue(e.getMessage().contains("no dates at all"), e.getMessage());
  }

  @Test
  void atYearReadsTheFirstOfJanuary() {
    Timeline<String> t = abc();
    assertEquals(A, t.at(Year.of(2015)));
    // 2016-01-01 belongs to b, although a held all of 2015 up to 31 December
    assertEquals(B, t.at(Year.of(2016)));
    assertEquals(B, t.at(Year.of(2018)));
    // 2019-01-01 is in the gap; the exception names that date
    NoValueOnDateException e =
        assertThrows(NoValueOnDateException.class, () -> t.at(Year.of(2019)));
    assertEquals(Y2019, e.date());
    // a value from 1 July on does not hold on 1 January of the same year
    Timeline<String> july = Timeline.from("july", LocalDate.of(2024, 7, 1), "x", PM);
    assertThrows(NoValueOnDateException.class, () -> july.at(Year.of(2024)));
    assertEquals("x", july.at(Year.of(2025)).value());
  }

  @Test
  void rejectsOverlapsNamingBothRanges() {
    OverlappingRangesException e = assertThrows(OverlappingRangesException.class,
        () -> Timeline.<String>builder(NAME)
            .add(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1), "y", C7)
            .add(LocalDate.of(2015, 1, 1), LocalDate.of(2017, 1, 1), "x", C9)
            .build());
    assertEquals(NAME, e.timeline());
    assertTrue(e.getMessage().contains(NAME), e.getMessage());
    assertTrue(e.getMessage().contains("[2015-01-01, 2017-01-01) (x)"), e.getMessage());
    assertTrue(e.getMessage().contains("[2016-01-01, 2018-01-01) (y)"), e.getMessage());
    // an open end overlaps everything after its start
    e = assertThrows(OverlappingRangesException.class,
        () -> Timeline.<String>builder(NAME)
            .addFrom(Y2015, "x", C9).add(Y2019, Y2020, "y", C7).build());
    assertTrue(e.getMessage().contains("[2015-01-01, …)"), e.getMessage());
    assertTrue(e.getMessage().contains("[2019-01-01, 2020-01-01)"), e.getMessage());
    // the same start
    assertThrows(OverlappingRangesException.class,
        () -> Timeline.of(NAME, List.of(DatedValue.between(Y2015, Y2016, "x", C9),
            DatedValue.between(Y2015, Y2019, "y", C9))));
    // a range inside another, with a third in between in start order
    assertThrows(OverlappingRangesException.class,
        () -> Timeline.of(NAME, List.of(DatedValue.between(Y2015, Y2020, "x", C9),
            DatedValue.between(Y2016, Y2016.plusDays(1), "y", C9),
            DatedValue.between(Y2019, Y2019.plusDays(1), "z", C9))));
    // an exact duplicate is an overlap too
    assertThrows(OverlappingRangesException.class,
        () -> Timeline.of(NAME, List.of(A, A)));
    // it is an IllegalArgumentException
    assertTrue(IllegalArgumentException.class.isAssignableFrom(OverlappingRangesException.class));
  }

  @Test
  void adjacentRangesDoNotOverlap() {
    // [2015, 2016) then [2016, …): 2016-01-01 is in the second only
    Timeline<String> t = Timeline.of(NAME, List.of(A, DatedValue.from(Y2016, "b", C7)));
    assertEquals("a", t.valueAt(LocalDate.of(2015, 12, 31)));
    assertEquals("b", t.valueAt(Y2016));
  }

  @Test
  void withValueFromCutsASpanningValueAndDropsLaterOnes() {
    Timeline<String> t = abc();
    LocalDate reform = LocalDate.of(2017, 7, 1);
    Timeline<String> r = t.withValueFrom(reform, "d", PM);
    // a is kept as it was; b spanned 2017-07-01 and is cut there; c started later and is dropped
    assertEquals(ImmutableList.of(A, DatedValue.between(Y2016, reform, "b", C7),
        DatedValue.from(reform, "d", PM)), r.values());
    assertEquals(NAME, r.name());
    assertEquals("b", r.valueAt(reform.minusDays(1)));
    assertEquals("d", r.valueAt(reform));
    assertEquals("d", r.valueAt(Y2020));
    // the original is unchanged
    assertEquals(ImmutableList.of(A, B, C), t.values());
  }

  @Test
  void withValueFromOnABoundaryOrInAGap() {
    Timeline<String> t = abc();
    // from 2016-01-01: a ends there exactly and is kept whole; b starts there and is dropped
    assertEquals(ImmutableList.of(A, DatedValue.from(Y2016, "d", PM)),
        t.withValueFrom(Y2016, "d", PM).values());
    // from 2019-06-01, in the gap: a and b are kept, c is dropped
    LocalDate inGap = LocalDate.of(2019, 6, 1);
    assertEquals(ImmutableList.of(A, B, DatedValue.from(inGap, "d", PM)),
        t.withValueFrom(inGap, "d", PM).values());
    // from 2025-01-01: c, open-ended, is cut to [2020, 2025)
    LocalDate y2025 = LocalDate.of(2025, 1, 1);
    assertEquals(ImmutableList.of(A, B, DatedValue.between(Y2020, y2025, "c", PM),
        DatedValue.from(y2025, "d", PM)), t.withValueFrom(y2025, "d", PM).values());
    // from before everything: all dropped
    assertEquals(ImmutableList.of(DatedValue.from(Y2015.minusDays(1), "d", PM)),
        t.withValueFrom(Y2015.minusDays(1), "d", PM).values());
    // on an empty timeline: just the new value
    assertEquals(ImmutableList.of(DatedValue.from(Y2015, "d", PM)),
        Timeline.<String>builder("empty").build().withValueFrom(Y2015, "d", PM).values());
  }

  @Test
  void equalityAndNames() {
    new EqualsTester()
        .addEqualityGroup(abc(), Timeline.of(NAME, List.of(A, B, C)),
            Timeline.of(NAME, List.of(B, C, A)))
        .addEqualityGroup(Timeline.of("other", List.of(A, B, C)))
        .addEqualityGroup(Timeline.of(NAME, List.of(A, B)))
        .testEquals();
    assertThrows(IllegalArgumentException.class, () -> Timeline.builder(" "));
    assertThrows(NullPointerException.class, () -> Timeline.builder(null));
    assertThrows(NullPointerException.class, () -> abc().at((LocalDate) null));
    assertThrows(NullPointerException.class, () -> Timeline.<String>builder(NAME).add(null));
  }

  // ---- properties -------------------------------------------------------------------------

  /**
   * Returns dated values from {@code [gap, length]} pairs laid end to end from 2015-01-01: each
   * starts {@code gap} days (0 = adjacent) after the previous one ends and lasts {@code length}
   * days; the last one is open-ended if {@code openEnd}. Value {@code i} is the integer {@code i}.
   */
  private static List<DatedValue<Integer>> sequence(List<int[]> pieces, boolean openEnd) {
    List<DatedValue<Integer>> values = new ArrayList<>();
    LocalDate start = Y2015;
    for (int i = 0; i < pieces.size(); i++) {
      start = start.plusDays(pieces.get(i)[0]);
      LocalDate until = start.plusDays(pieces.get(i)[1]);
      values.add(openEnd && i == pieces.size() - 1
          ? DatedValue.from(start, i, C9)
          : DatedValue.between(start, until, i, C9));
      start = until;
    }
    return values;
  }

  @Test
  void aTimelineNeverAnswersTwoValuesForOneDate() {
    qt().forAll(
            lists().of(integers().between(0, 30).zip(integers().between(1, 60),
                (gap, length) -> new int[] {gap, length})).ofSizeBetween(0, 12),
            booleans().all(),
            longs().all(),
            lists().of(integers().between(-40, 1200)).ofSize(25))
        .check((pieces, openEnd, seed, offsets) -> {
          List<DatedValue<Integer>> values = sequence(pieces, openEnd);
          List<DatedValue<Integer>> shuffled = new ArrayList<>(values);
          Collections.shuffle(shuffled, new Random(seed));
          Timeline<Integer> t = Timeline.of("random", shuffled);
          for (int offset : offsets) {
            LocalDate date = Y2015.plusDays(offset);
            // which values hold on the date, by hand: from <= date < until
            List<DatedValue<Integer>> holding = new ArrayList<>();
            for (DatedValue<Integer> v : values) {
              boolean started = !date.isBefore(v.from());
              boolean ended = v.until().isPresent() && !date.isBefore(v.until().get());
              if (started && !ended) {
                holding.add(v);
              }
            }
            if (holding.size() > 1) {
              return false;
            }
            Optional<DatedValue<Integer>> found = t.find(date);
            if (!found.equals(holding.stream().findFirst())) {
              return false;
            }
            if (holding.isEmpty()) {
              try {
                t.at(date);
                return false;
              } catch (NoValueOnDateException expected) {
                if (!expected.date().equals(date)) {
                  return false;
                }
              }
            } else if (t.at(date) != holding.get(0)) {
              return false;
            }
          }
          return t.values().equals(values);
        });
  }

  @Test
  void overlappingPairsAreAlwaysRejectedAndOthersAccepted() {
    // two ranges [a, a + la) and [b, b + lb) in days from 2015-01-01, either possibly open-ended
    // (la or lb = 0 stands for "no end"). By hand: they overlap iff each starts before the other
    // ends.
    qt().forAll(integers().between(0, 100), integers().between(0, 60),
            integers().between(0, 100), integers().between(0, 60))
        .check((a, la, b, lb) -> {
          boolean firstEndsBeforeSecondStarts = la > 0 && a + la <= b;
          boolean secondEndsBeforeFirstStarts = lb > 0 && b + lb <= a;
          boolean overlap = !firstEndsBeforeSecondStarts && !secondEndsBeforeFirstStarts;
          DatedValue<String> first = la == 0
              ? DatedValue.from(Y2015.plusDays(a), "first", C9)
              : DatedValue.between(Y2015.plusDays(a), Y2015.plusDays(a + la), "first", C9);
          DatedValue<String> second = lb == 0
              ? DatedValue.from(Y2015.plusDays(b), "second", C7)
              : DatedValue.between(Y2015.plusDays(b), Y2015.plusDays(b + lb), "second", C7);
          try {
            Timeline<String> t = Timeline.of("pair", List.of(first, second));
            return !overlap && t.values().size() == 2;
          } catch (OverlappingRangesException e) {
            return overlap
                && e.getMessage().contains(first.rangeText() + " (first)")
                && e.getMessage().contains(second.rangeText() + " (second)");
          }
        });
  }

  @Test
  void withValueFromReplacesFromTheDateAndKeepsEverythingBefore() {
    qt().forAll(
            lists().of(integers().between(0, 30).zip(integers().between(1, 60),
                (gap, length) -> new int[] {gap, length})).ofSizeBetween(0, 8),
            booleans().all(),
            integers().between(-10, 700),
            lists().of(integers().between(-40, 800)).ofSize(25))
        .check((pieces, openEnd, fromOffset, offsets) -> {
          Timeline<Integer> t = Timeline.of("random", sequence(pieces, openEnd));
          LocalDate from = Y2015.plusDays(fromOffset);
          Timeline<Integer> r = t.withValueFrom(from, -1, PM);
          for (int offset : offsets) {
            LocalDate date = Y2015.plusDays(offset);
            Optional<Integer> expected = date.isBefore(from)
                ? t.find(date).map(DatedValue::value)
                : Optional.of(-1);
            if (!r.find(date).map(DatedValue::value).equals(expected)) {
              return false;
            }
          }
          // no value of the copy reaches past the date, but the new one
          return r.values().stream().limit(r.values().size() - 1)
              .allMatch(v -> v.until().isPresent() && !v.until().get().isAfter(from));
        });
  }

  @Test
  void aValueHeldBeforeIsTheSameObjectWhenNotCut() {
    Timeline<String> r = abc().withValueFrom(LocalDate.of(2017, 7, 1), "d", PM);
    assertSame(A, r.values().get(0));
    // b was cut: the copy keeps b's value and citation over a shorter range
    assertEquals(Range.closedOpen(Y2016, LocalDate.of(2017, 7, 1)), r.values().get(1).range());
    assertEquals(C7, r.values().get(1).citation());
  }

  /**
   * Issue 7 §1.1: a value bounded to some dates replaces those dates only. Before the fix, the
   * baseline's value at the end of the bounded range resumed open-ended and every later change of
   * the baseline was lost.
   */
  @Test
  void boundedValueLeavesEveryDateOutsideItAsItWas() {
    qt().withExamples(2_000).forAll(
            lists().of(integers().between(0, 30).zip(integers().between(1, 60),
                (gap, length) -> new int[] {gap, length})).ofSizeBetween(0, 8),
            booleans().all(),
            integers().between(-10, 700).zip(integers().between(1, 400),
                (fromOffset, length) -> new int[] {fromOffset, length}),
            lists().of(integers().between(-40, 800)).ofSize(25))
        .check((pieces, openEnd, bounds, offsets) -> {
          Timeline<Integer> t = Timeline.of("random", sequence(pieces, openEnd));
          LocalDate from = Y2015.plusDays(bounds[0]);
          LocalDate until = from.plusDays(bounds[1]);
          Timeline<Integer> r = t.withValue(DatedValue.between(from, until, -1, PM));
          for (int offset : offsets) {
            LocalDate date = Y2015.plusDays(offset);
            Optional<Integer> expected = !date.isBefore(from) && date.isBefore(until)
                ? Optional.of(-1)
                : t.find(date).map(DatedValue::value);
            if (!r.find(date).map(DatedValue::value).equals(expected)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void boundedValueInsideALaterChangeKeepsTheChange() {
    // a over [2015, 2016), b over [2016, 2019), c from 2020: "x" over 2016 only leaves b over
    // [2017, 2019) and c from 2020, as the QUALITY_SHARE example (1/10 in 2016 only must
    // not turn the later shares into 1/10).
    Timeline<String> r = abc().withValue(DatedValue.between(Y2016, Y2016.plusYears(1), "x", PM));
    assertEquals(ImmutableList.of(A, DatedValue.between(Y2016, Y2016.plusYears(1), "x", PM),
        DatedValue.between(Y2016.plusYears(1), Y2019, "b", C7), C), r.values());
  }
}
