package io.stratagem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import com.google.gson.stream.JsonWriter;

import io.stratagem.dsl.validation.Rule;
import io.stratagem.dsl.validation.RuleCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stratagem rules}: the rule catalogue, as text or JSON. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = "List the validation rules: code, default severity, message, and (in JSON) explanation, remedy and source.")
public class RulesCommand extends Subcommand {

	enum Format {
		text, json
	}

	@Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
	Format format;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = out();
		if (format == Format.text) {
			for (Rule rule : RuleCatalogue.rules()) {
				out.println(rule.code() + " " + severity(rule) + " " + rule.message());
			}
			out.println(RuleCatalogue.rules().size() + " rules");
		} else {
			JsonWriter json = new JsonWriter(out);
			json.setIndent("  ");
			json.beginArray();
			for (Rule rule : RuleCatalogue.rules()) {
				json.beginObject();
				json.name("code").value(rule.code());
				json.name("area").value(rule.area());
				json.name("severity").value(severity(rule));
				json.name("message").value(rule.message());
				json.name("explanation").value(rule.explanation());
				json.name("remedy").value(rule.remedy());
				json.name("source").value(rule.source());
				json.name("threshold").value(rule.defaultThreshold());
				json.endObject();
			}
			json.endArray();
			json.flush();
			out.println();
		}
		out.flush();
		return ExitCode.CLEAN;
	}

	private static String severity(Rule rule) {
		return rule.severity().name().toLowerCase(Locale.ROOT);
	}
}
