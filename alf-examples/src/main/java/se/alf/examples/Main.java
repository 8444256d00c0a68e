package se.alf.examples;

/** The command-line entry point (placeholder until the landscape command lands). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("alf");
  }
}
