package io.stratagem.diagram.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.stratagem.diagram.strategy.NodeType;

/**
 * The glyphs of the strategy graph's types as read from {@value #FILE} next to this class: the one
 * definition of the icons. {@link NodeIcons} draws them into SVG and PNG; the interactive diagram's client
 * (io.stratagem.diagram.glsp, web/src/node-icons.ts) imports the same file when it is bundled.
 *
 * @param grid       width and height of the square grid the shapes are placed on
 * @param lineWidth  width of the lines of the shapes that are not filled, in grid units
 * @param glyphs     the glyph of every type, in the order of {@link NodeType}
 */
public record NodeGlyphs(double grid, double lineWidth, Map<NodeType, Glyph> glyphs) {

	/** Name of the data file, a class path resource in this package. */
	public static final String FILE = "node-icons.json";

	/** One type's icon: what it depicts (e.g. {@code a bar chart}) and its shapes, drawn in order. */
	public record Glyph(String depicts, List<Shape> shapes) {
	}

	/** A shape on the grid, drawn in the type's colour. */
	public sealed interface Shape permits Circle, Rect, Polygon, Polyline {
	}

	/** A circle around (cx, cy). */
	public record Circle(double cx, double cy, double r, boolean filled) implements Shape {
	}

	/** A rectangle, its corners rounded by {@code radius} (0: square corners). */
	public record Rect(double x, double y, double width, double height, double radius, boolean filled) implements Shape {
	}

	/** A closed polygon through the points x1, y1, x2, y2, ... */
	public record Polygon(List<Double> coordinates, boolean filled) implements Shape {
	}

	/** An open line through the points x1, y1, x2, y2, ... */
	public record Polyline(List<Double> coordinates) implements Shape {
	}

	/** The glyphs of {@value #FILE}, read once. */
	public static NodeGlyphs standard() {
		return Standard.GLYPHS;
	}

	/** Holder of the standard glyphs: reads the file on first use. */
	private static final class Standard {
		static final NodeGlyphs GLYPHS = readResource();

		private static NodeGlyphs readResource() {
			try (InputStream in = NodeGlyphs.class.getResourceAsStream(FILE)) {
				if (in == null) {
					throw new IllegalStateException(FILE + " is missing from the class path next to " + NodeGlyphs.class.getName());
				}
				return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/**
	 * Reads glyphs in the format of {@value #FILE}.
	 *
	 * @throws IllegalArgumentException naming what is wrong and where when the text is not that format, a
	 *                                  type has no glyph or a glyph names no type
	 */
	public static NodeGlyphs read(String json) {
		try {
			JsonObject file = object(JsonParser.parseString(json), FILE);
			allowOnly(file, FILE, Set.of("about", "grid", "lineWidth", "icons"));
			JsonObject icons = object(member(file, "icons", FILE), FILE + " icons");
			Map<NodeType, Glyph> glyphs = new EnumMap<>(NodeType.class);
			for (Map.Entry<String, JsonElement> icon : icons.entrySet()) {
				NodeType type = typeOf(icon.getKey());
				glyphs.put(type, glyph(icon.getValue(), FILE + " icon '" + icon.getKey() + "'"));
			}
			List<String> missing = new ArrayList<>();
			for (NodeType type : NodeType.values()) {
				if (!glyphs.containsKey(type)) {
					missing.add(type.key());
				}
			}
			if (!missing.isEmpty()) {
				throw new IllegalArgumentException(FILE + ": no icon for " + String.join(", ", missing) + "; every type needs one");
			}
			return new NodeGlyphs(number(member(file, "grid", FILE), FILE + " grid"), number(member(file, "lineWidth", FILE), FILE + " lineWidth"), glyphs);
		} catch (JsonParseException e) {
			throw new IllegalArgumentException(FILE + " is not JSON: " + e.getMessage(), e);
		}
	}

	private static NodeType typeOf(String key) {
		for (NodeType type : NodeType.values()) {
			if (type.key().equals(key)) {
				return type;
			}
		}
		throw new IllegalArgumentException(FILE + ": icon '" + key + "' names no type; use one of " + NodeType.keys());
	}

	private static Glyph glyph(JsonElement element, String where) {
		JsonObject glyph = object(element, where);
		allowOnly(glyph, where, Set.of("depicts", "shapes"));
		JsonElement shapes = member(glyph, "shapes", where);
		if (!shapes.isJsonArray() || shapes.getAsJsonArray().isEmpty()) {
			throw new IllegalArgumentException(where + ": shapes must be a list of at least one shape");
		}
		List<Shape> list = new ArrayList<>();
		for (JsonElement shape : shapes.getAsJsonArray()) {
			list.add(shape(shape, where + " shape " + (list.size() + 1)));
		}
		return new Glyph(text(member(glyph, "depicts", where), where + " depicts"), List.copyOf(list));
	}

	private static Shape shape(JsonElement element, String where) {
		JsonObject shape = object(element, where);
		Set<String> kinds = shape.keySet().stream().filter(k -> !k.equals("filled")).collect(Collectors.toSet());
		if (kinds.size() != 1) {
			throw new IllegalArgumentException(where + ": name one of circle, rect, polygon or polyline (and filled), not " + shape.keySet());
		}
		String kind = kinds.iterator().next();
		boolean filled = shape.has("filled") && bool(shape.get("filled"), where + " filled");
		List<Double> numbers = numbers(shape.get(kind), where + " " + kind);
		return switch (kind) {
		case "circle" -> {
			count(numbers, where, "a circle takes 3 numbers (cx, cy, r)", 3);
			yield new Circle(numbers.get(0), numbers.get(1), numbers.get(2), filled);
		}
		case "rect" -> {
			count(numbers, where, "a rect takes 4 or 5 numbers (x, y, width, height, corner radius)", 4, 5);
			yield new Rect(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3), numbers.size() == 5 ? numbers.get(4) : 0, filled);
		}
		case "polygon" -> {
			points(numbers, where, 3);
			yield new Polygon(numbers, filled);
		}
		case "polyline" -> {
			points(numbers, where, 2);
			if (shape.has("filled")) {
				throw new IllegalArgumentException(where + ": a polyline is a line, it cannot be filled");
			}
			yield new Polyline(numbers);
		}
		default -> throw new IllegalArgumentException(where + ": unknown shape '" + kind + "'; use circle, rect, polygon or polyline");
		};
	}

	private static void count(List<Double> numbers, String where, String rule, int... sizes) {
		for (int size : sizes) {
			if (numbers.size() == size) {
				return;
			}
		}
		throw new IllegalArgumentException(where + ": " + rule + ", not " + numbers.size());
	}

	private static void points(List<Double> numbers, String where, int least) {
		if (numbers.size() % 2 != 0 || numbers.size() < 2 * least) {
			throw new IllegalArgumentException(where + ": takes pairs of numbers (x, y), at least " + least + " points, not " + numbers.size() + " numbers");
		}
	}

	private static void allowOnly(JsonObject object, String where, Set<String> names) {
		for (String name : object.keySet()) {
			if (!names.contains(name)) {
				throw new IllegalArgumentException(where + ": unknown member '" + name + "'; use " + names.stream().sorted().collect(Collectors.joining(", ")));
			}
		}
	}

	private static JsonElement member(JsonObject object, String name, String where) {
		JsonElement member = object.get(name);
		if (member == null) {
			throw new IllegalArgumentException(where + ": '" + name + "' is missing");
		}
		return member;
	}

	private static JsonObject object(JsonElement element, String where) {
		if (!element.isJsonObject()) {
			throw new IllegalArgumentException(where + ": must be an object, not " + element);
		}
		return element.getAsJsonObject();
	}

	private static List<Double> numbers(JsonElement element, String where) {
		if (!element.isJsonArray()) {
			throw new IllegalArgumentException(where + ": must be a list of numbers, not " + element);
		}
		JsonArray array = element.getAsJsonArray();
		List<Double> numbers = new ArrayList<>();
		for (JsonElement number : array) {
			numbers.add(number(number, where));
		}
		return List.copyOf(numbers);
	}

	private static double number(JsonElement element, String where) {
		if (element instanceof JsonPrimitive primitive && primitive.isNumber()) {
			return primitive.getAsDouble();
		}
		throw new IllegalArgumentException(where + ": must be a number, not " + element);
	}

	private static boolean bool(JsonElement element, String where) {
		if (element instanceof JsonPrimitive primitive && primitive.isBoolean()) {
			return primitive.getAsBoolean();
		}
		throw new IllegalArgumentException(where + ": must be true or false, not " + element);
	}

	private static String text(JsonElement element, String where) {
		if (element instanceof JsonPrimitive primitive && primitive.isString()) {
			return primitive.getAsString();
		}
		throw new IllegalArgumentException(where + ": must be a text, not " + element);
	}
}
