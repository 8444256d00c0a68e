/** What a newcomer runs first: the command line and the jshell start-up script. */
module se.alf.examples {
  requires se.alf.rules;
  requires static org.immutables.value.annotations;

  exports se.alf.examples;
  exports se.alf.examples.cli;
  exports se.alf.examples.chart;
}
