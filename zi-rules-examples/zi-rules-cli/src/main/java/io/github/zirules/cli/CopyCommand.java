package io.github.zirules.cli;

import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.policy.BuiltInRuleSets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code copy ID DIR --as NEW-ID}: writes a built-in rule set (descriptor, instrument, DRL files, scenario tests)
 * into a new folder under an id of its own, the first step of editing rules (see {@code docs/policy/README.md}).
 * Never overwrites: DIR must not exist or be empty.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, versionProvider = ZiRulesCli.Version.class,
        description = {"Copy a built-in rule set into a new folder, to edit it.",
        "Salin aturan bawaan ke folder baru, untuk diubah."})
public final class CopyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "built-in rule set, e.g. permenpan-rb-90-2021 "
            + "(see: zi-rules rulesets)")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "new folder (must not exist, or be empty)")
    Path dir;

    @Option(names = "--as", paramLabel = "NEW-ID", description = {"the copy's own id (required): an edited copy "
            + "must not pass for the built-in rule set", "id salinan (wajib): salinan yang diubah tidak boleh tampak "
            + "sebagai aturan bawaan"})
    String newId;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String l = language.language();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> written;
        if (newId == null) {
            err.println(Lang.t(l, "sebutkan id baru untuk salinan, misalnya  zi-rules copy " + id + " " + dir
                    + " --as " + id + "-instansi : salinan yang diubah dengan id aturan bawaan akan tampak sebagai "
                    + "peraturan", "name the copy's own id, e.g.  zi-rules copy " + id + " " + dir + " --as " + id
                    + "-agency : an edited copy under the built-in's id would pass for the regulation"));
            return ZiRulesCli.INVALID_INPUT;
        }
        try {
            written = BuiltInRuleSets.copy(id, dir, newId);
        } catch (IllegalArgumentException e) {
            err.println(Lang.t(l, "id salinan '" + newId + "' tidak sah: huruf kecil, angka, titik, tanda hubung, "
                    + "dan bukan id aturan bawaan", "the copy's id '" + newId + "' is not valid: lower-case letters, "
                    + "digits, dots and dashes, and not a built-in id"));
            return ZiRulesCli.INVALID_INPUT;
        } catch (UnknownRuleSetException e) {
            err.println(Lang.t(l, "aturan bawaan '" + id + "' tidak ada; yang ada: ",
                    "there is no built-in rule set '" + id + "'; there are: ")
                    + String.join(", ", BuiltInRuleSets.ids()));
            return ZiRulesCli.INVALID_INPUT;
        } catch (FileAlreadyExistsException e) {
            err.println(dir + ": " + Lang.t(l, "sudah ada dan tidak kosong; tidak ada yang disalin. Sebutkan folder baru.",
                    "exists and is not empty; nothing was copied. Name a new folder."));
            return ZiRulesCli.INVALID_INPUT;
        } catch (AccessDeniedException e) {
            err.println(e.getFile() + ": " + Lang.t(l, "tidak ada izin menulis; tidak ada yang disalin.",
                    "no permission to write; nothing was copied."));
            return ZiRulesCli.INVALID_INPUT;
        } catch (IOException e) {
            err.println(dir + ": " + Lang.t(l, "tidak dapat ditulis; tidak ada yang disalin: ",
                    "cannot be written; nothing was copied: ") + e.getMessage());
            return ZiRulesCli.INVALID_INPUT;
        }
        Path root = dir.toAbsolutePath().normalize();
        for (Path p : written) {
            out.println("  " + root.relativize(p).toString().replace('\\', '/'));
        }
        out.println(Lang.t(l, "Disalin: " + id + " (" + written.size() + " berkas) ke " + dir + " sebagai " + newId
                        + ".", "Copied " + id + " (" + written.size() + " files) to " + dir + " as " + newId + "."));
        out.println(Lang.t(l, "Berikutnya: ubah berkas .drl, lalu  zi-rules validate " + dir
                        + "  dan  zi-rules test " + dir + " --coverage",
                "Next: edit a .drl file, then  zi-rules validate " + dir + "  and  zi-rules test " + dir
                        + " --coverage"));
        return ZiRulesCli.OK;
    }
}
