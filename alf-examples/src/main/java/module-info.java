/**
 * What a newcomer runs first: the command line ({@code alf.jar}, on picocli, reading JSON files
 * with Jackson) and the jshell start-up script.
 */
module se.alf.examples {
  requires se.alf.rules;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports se.alf.examples;
  exports se.alf.examples.cli;
  exports se.alf.examples.chart;
  exports se.alf.examples.report;

  // picocli sets the commands' annotated fields and reads their annotations.
  opens se.alf.examples.cli to info.picocli;
}
