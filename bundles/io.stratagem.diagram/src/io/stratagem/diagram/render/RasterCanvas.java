package io.stratagem.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import io.stratagem.diagram.Bounds;
import io.stratagem.diagram.Point;

/**
 * Draws into an image with Java2D and encodes it as PNG. Needs no display: AWT runs headless.
 * Large diagrams are scaled down so the image stays under {@link #MAX_PIXELS}.
 */
public class RasterCanvas implements Canvas {

	/** About 64 MB of image memory at most; larger diagrams are better read as SVG. */
	public static final long MAX_PIXELS = 16_000_000L;

	static {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private final BufferedImage image;
	private final Graphics2D graphics;

	/**
	 * @param scale pixels of the image per diagram pixel, lowered when the image would be too large
	 */
	public RasterCanvas(double width, double height, double scale) {
		double fitting = Math.sqrt(MAX_PIXELS / Math.max(1.0, width * height));
		double used = Math.min(scale, fitting);
		image = new BufferedImage(Math.max(1, (int) Math.ceil(width * used)), Math.max(1, (int) Math.ceil(height * used)), BufferedImage.TYPE_INT_RGB);
		graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.scale(used, used);
	}

	@Override
	public void group(String kind, String elementId, String tooltip) {
		// an image has no structure and no hover
	}

	@Override
	public void endGroup() {
	}

	@Override
	public void rect(Bounds bounds, double radius, Style style) {
		paint(new RoundRectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height(), 2 * radius, 2 * radius), style);
	}

	@Override
	public void polygon(List<Point> points, Style style) {
		Path2D.Double path = path(points);
		path.closePath();
		paint(path, style);
	}

	@Override
	public void polyline(List<Point> points, Style style) {
		paint(path(points), new Style(null, style.stroke(), style.strokeWidth(), style.dashed()));
	}

	@Override
	public void text(double x, double y, String text, double size, boolean bold, String colour, Anchor anchor) {
		graphics.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) size));
		graphics.setColor(Color.decode(colour));
		double width = graphics.getFontMetrics().getStringBounds(text, graphics).getWidth();
		double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - width / 2 : x - width;
		graphics.drawString(text, (float) left, (float) y);
	}

	/** The PNG bytes of everything drawn. */
	public byte[] finish() {
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	private void paint(java.awt.Shape shape, Style style) {
		if (style.fill() != null) {
			graphics.setColor(Color.decode(style.fill()));
			graphics.fill(shape);
		}
		if (style.stroke() != null) {
			graphics.setColor(Color.decode(style.stroke()));
			graphics.setStroke(style.dashed() ? new BasicStroke((float) style.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 5, 3 }, 0)
					: new BasicStroke((float) style.strokeWidth()));
			graphics.draw(shape);
		}
	}

	private static Path2D.Double path(List<Point> points) {
		Path2D.Double path = new Path2D.Double();
		for (int i = 0; i < points.size(); i++) {
			if (i == 0) {
				path.moveTo(points.get(i).x(), points.get(i).y());
			} else {
				path.lineTo(points.get(i).x(), points.get(i).y());
			}
		}
		return path;
	}
}
