/** A regional system's module that embeds alf. */
module org.example.consumer {
  requires se.alf.rules;
}
