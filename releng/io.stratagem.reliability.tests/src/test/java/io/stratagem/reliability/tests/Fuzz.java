package io.stratagem.reliability.tests;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs a property on inputs made from a seeded random source. Every input of a run follows from
 * one seed, printed with any failure, so that {@code -Dstratagem.fuzz.seed=S} replays it; the
 * number of inputs per property is {@code -Dstratagem.fuzz.tries} (docs/reliability.md).
 */
final class Fuzz {

	static final int TRIES = Integer.getInteger("stratagem.fuzz.tries", 30);

	/**
	 * The seed: fixed by default, so that the short run of every build tries the same inputs and a
	 * build never fails on a finding it did not bring; {@code random} explores new inputs.
	 */
	static final long SEED = "random".equals(System.getProperty("stratagem.fuzz.seed")) ? System.nanoTime()
			: Long.getLong("stratagem.fuzz.seed", 20261128L);

	private Fuzz() {
	}

	/**
	 * Checks {@code property} on {@link #TRIES} inputs of {@code generator}. The property returns
	 * a label of the input (such as "syntax errors"); the count of each label is printed.
	 */
	static <T> void forAll(String name, Function<Random, T> generator, Function<T, String> property) {
		forAll(name, TRIES, generator, property);
	}

	/** {@link #forAll(String, Function, Function)} with its own number of inputs, for properties whose inputs are slow. */
	static <T> void forAll(String name, int tries, Function<Random, T> generator, Function<T, String> property) {
		Random seeds = new Random(SEED ^ name.hashCode());
		Map<String, Integer> labels = new TreeMap<>();
		for (int i = 0; i < tries; i++) {
			T input = generator.apply(new Random(seeds.nextLong()));
			try {
				labels.merge(property.apply(input), 1, Integer::sum);
			} catch (AssertionError | RuntimeException | StackOverflowError e) {
				String text = String.valueOf(input);
				throw new AssertionError(name + ": input " + (i + 1) + " of " + tries + " failed; replay with -Dstratagem.fuzz.seed=" + SEED + "\n"
						+ e + "\n--- input\n" + (text.length() > 20_000 ? text.substring(0, 20_000) + "\n[cut]" : text), e);
			}
		}
		System.out.println("fuzz " + name + ": " + tries + " inputs, seed " + SEED + ", " + labels);
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
