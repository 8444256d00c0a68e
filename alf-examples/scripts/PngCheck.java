import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Checks a screenshot of alf's HTML report (JDK only): its size, that it is not one colour, that
 * at least 5 % of it is ink, and that the chart's two first bar colours (#4477aa, #ee6677) fill
 * at least 2 000 pixels each, so the inline SVG was drawn.
 *
 * <p>{@code java PngCheck.java FILE.png WIDTH HEIGHT}; exit status 0 if it passes, 1 if not.
 */
public final class PngCheck {

  public static void main(String[] args) throws Exception {
    File file = new File(args[0]);
    BufferedImage image = ImageIO.read(file);
    if (image == null) {
      fail(file + " is not an image");
    }
    int width = Integer.parseInt(args[1]);
    int height = Integer.parseInt(args[2]);
    if (image.getWidth() != width || image.getHeight() != height) {
      fail(file + " is " + image.getWidth() + "×" + image.getHeight() + ", not " + width + "×"
          + height);
    }
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    long blue = 0;
    long red = 0;
    int background = image.getRGB(0, 0) & 0xffffff;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        ink += rgb != background ? 1 : 0;
        blue += rgb == 0x4477aa ? 1 : 0;
        red += rgb == 0xee6677 ? 1 : 0;
      }
    }
    double share = (double) ink / ((long) width * height);
    System.out.printf("PngCheck: %s: %d×%d, %,d bytes, %d colours, %.1f %% ink,"
        + " chart bars %d + %d px%n", file, width, height, file.length(), colours.size(),
        100 * share, blue, red);
    if (colours.size() < 16) {
      fail("only " + colours.size() + " colour(s): the page did not draw");
    }
    if (share < 0.05) {
      fail("only " + String.format("%.1f", 100 * share) + " % of the page is not background");
    }
    if (blue < 2000 || red < 2000) {
      fail("the chart's bars are missing (" + blue + " and " + red + " px of their colours)");
    }
  }

  private static void fail(String message) {
    System.err.println("PngCheck: " + message);
    System.exit(1);
  }
}
