package se.alf.examples.cli.input;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.alf.party.AlfRegion;
import se.alf.rules.Horizon;
import se.alf.rules.Line;
import se.alf.rules.RuleSet;
import se.alf.rules.RuleSets;
import se.alf.rules.UnknownRuleSetException;
import se.alf.rules.param.RegionKey;
import se.alf.rules.reform.Reforms;

/** Parses the arguments the commands share: years, dates, rule-set ids and ALF regions. */
public final class Names {

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Names() {}

  /** Returns whether {@code s} looks like a year, {@code 2027}. */
  public static boolean isYear(String s) {
    return YEAR.matcher(s).matches();
  }

  /** Returns whether {@code s} looks like a date, {@code 2027-01-01}. */
  public static boolean isDate(String s) {
    return DATE.matcher(s).matches();
  }

  /**
   * Parses the year argument {@code what}, e.g. {@code YEAR} or {@code --year}: four ASCII digits,
   * from {@link Horizon#FIRST} to {@link Horizon#LAST}.
   */
  public static Year year(String what, String s) {
    if (!isYear(s)) {
      throw new UsageException(what + " must be a year like 2027, was " + Terminal.quote(s));
    }
    Year y = Year.parse(s);
    if (!Horizon.contains(y)) {
      throw new UsageException(what + ": year " + s + " is outside the years alf models, "
          + Horizon.FIRST + " to " + Horizon.LAST);
    }
    return y;
  }

  /** Parses the date argument {@code what}. */
  public static LocalDate date(String what, String s) {
    try {
      if (isDate(s)) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // fall through
    }
    throw new UsageException(what + " must be a date like 2027-01-01, was '" + s + "'");
  }

  /** Parses the date argument {@code what}, which must fall in the years alf models. */
  public static LocalDate modelledDate(String what, String s) {
    LocalDate date = date(what, s);
    if (!Horizon.contains(Year.from(date))) {
      throw new UsageException(what + ": " + date + " is outside the years alf models, "
          + Horizon.FIRST + " to " + Horizon.LAST);
    }
    return date;
  }

  /**
   * Returns every rule set: those {@link RuleSets#all()} finds with ServiceLoader, then the
   * reforms of {@link Reforms#all()} it does not (such as {@code vasterbotten-2024}, which needs
   * an input the published scenario lacks), by id.
   */
  public static Map<String, RuleSet> allRuleSets() {
    Map<String, RuleSet> all = new LinkedHashMap<>(RuleSets.all());
    Reforms.all().forEach(all::putIfAbsent);
    return all;
  }

  /** Returns whether {@code ruleSet} is found by {@link RuleSets#all()} (ServiceLoader). */
  public static boolean registered(RuleSet ruleSet) {
    return RuleSets.all().containsKey(ruleSet.id());
  }

  /** Returns the rule set {@code id}, or a usage error listing the known ids. */
  public static RuleSet ruleSet(String what, String id) {
    try {
      return RuleSets.byId(id);
    } catch (UnknownRuleSetException e) {
      RuleSet reform = Reforms.all().get(id);
      if (reform != null) {
        return reform;
      }
      throw new UsageException(what + ": rule set '" + id + "' is not known; the known rule sets"
          + " are " + allRuleSets().keySet() + " (alf rulesets)");
    }
  }

  /**
   * Returns the ALF region named {@code s}: its key qualifier ({@code orebro},
   * {@code vastra-gotaland}), its name ({@code Örebro}, {@code "Västra Götaland"}) or its constant
   * ({@code OREBRO}), in any case and with or without diacritics.
   */
  public static AlfRegion region(String what, String s) {
    String n = plain(s);
    for (AlfRegion r : AlfRegion.values()) {
      if (n.equals(RegionKey.qualifier(r)) || n.equals(plain(r.displayName()))) {
        return r;
      }
    }
    throw new UsageException(what + " must be an ALF region (" + Arrays.stream(AlfRegion.values())
        .map(RegionKey::qualifier).collect(Collectors.joining(", ")) + "), was '" + s + "'");
  }

  /**
   * Returns the {@link Line} named {@code s}: {@code total}, {@code research-base},
   * {@code RESEARCH_BASE}, in any case, with dashes, underscores or spaces.
   */
  public static Line line(String what, String s) {
    String n = plain(s);
    for (Line l : Line.values()) {
      if (n.equals(plain(l.name()))) {
        return l;
      }
    }
    throw new UsageException(what + " must be a line (" + Arrays.stream(Line.values())
        .map(l -> plain(l.name())).collect(Collectors.joining(", ")) + "), was '" + s + "'");
  }

  /** Returns {@code s} in lower case without diacritics, spaces and underscores as dashes. */
  public static String plain(String s) {
    return Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }
}
