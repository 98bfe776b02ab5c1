import Foundation
import GuideRenderer
import SetupGuide

/// Set from the SIGINT handler: whether long work is running, and whether Ctrl-C came.
nonisolated(unsafe) private var interruptibleWork: sig_atomic_t = 0
nonisolated(unsafe) private var interruptSeen: sig_atomic_t = 0
/// What Ctrl-C at a prompt prints before the program ends, made before any signal can come
/// (a signal handler may only write bytes it already has).
nonisolated(unsafe) private var interruptWords: UnsafeMutablePointer<CChar>? = nil
nonisolated(unsafe) private var interruptWordsLength = 0

/// The wizard's terminal: coloured and animated on a terminal, plain numbered prompts
/// otherwise (a pipe, `TERM=dumb`), never any colour with `NO_COLOR`.
final class TerminalWizardIO: WizardIO {
    let interactive: Bool
    let animated: Bool
    let language: Language
    private var promptNumber = 0
    private var lastPlainDecile = -1

    /// Whether the wizard's words go to standard error (standard output then holds only JSON).
    let toStandardError: Bool

    init(interactive: Bool, language: Language, toStandardError: Bool = false) {
        self.interactive = interactive
        self.language = language
        self.toStandardError = toStandardError
        let words = BilingualText(
            "\nInterrupted (Ctrl-C). Kept: every step done or skipped, in the tenant's journal; the answers of the step in progress were not kept. Run the same command again to resume.\n",
            "\nInterrompu (Ctrl-C). Gardé : chaque étape faite ou passée, dans le journal du client ; les réponses de l'étape en cours ne sont pas gardées. Relancez la même commande pour reprendre.\n")[language]
        free(interruptWords)
        interruptWords = strdup(words)
        interruptWordsLength = words.utf8.count
        animated = TerminalStyle.isInteractive(fileDescriptor: STDOUT_FILENO)
        // a parent may have blocked SIGINT (test runners, some launchers): Ctrl-C must reach us
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGINT) { _ in
            if interruptibleWork != 0 {
                interruptSeen = 1
            } else {
                // nothing half-done outside long work: every action is its own transaction
                if let words = interruptWords { _ = write(STDERR_FILENO, words, interruptWordsLength) }
                _exit(130)
            }
        }
    }

    func say(_ text: String) {
        if toStandardError {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        } else {
            print(text)
            fflush(nil)
        }
    }

    func ask(_ prompt: String) -> String? {
        let shown: String
        if animated {
            shown = prompt
        } else {
            promptNumber += 1
            shown = "[\(promptNumber)] " + prompt
        }
        if toStandardError { FileHandle.standardError.write(Data(shown.utf8)) } else { print(shown, terminator: "") }
        fflush(nil)
        guard let line = readLine(strippingNewline: true) else {
            print("")
            return nil
        }
        if !animated { print("") }  // the echo of a pipe is not shown: end the prompt's line
        return line.trimmingCharacters(in: .whitespaces)
    }

    func progress(done: Int, total: Int, label: String, remaining: TimeInterval?) {
        let line = ProgressLine.format(done: done, total: total, label: label, remaining: remaining, language: language)
        if animated {
            print("\r" + line + "\u{1B}[K", terminator: "")
            fflush(nil)
        } else {
            // no animation: a plain line at each tenth of the work
            let decile = total == 0 ? 10 : done * 10 / total
            if decile != lastPlainDecile {
                lastPlainDecile = decile
                say(line)
            }
        }
    }

    func finishProgress() {
        if animated { print("") }
        lastPlainDecile = -1
    }

    func setInterruptible(_ between: Bool) {
        interruptSeen = 0
        interruptibleWork = between ? 1 : 0
    }

    var interruptRequested: Bool { interruptSeen != 0 }
}
