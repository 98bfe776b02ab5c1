internal import SetupGuideModel

/// The receipt at the end of a run.
extension Wizard {
    /// The receipt of the run so far.
    public var lastReceipt: WizardReceipt { receipt }

    /// Prints what the run bought, created and assigned, what it skipped and why, what is left
    /// for a person; the caller adds the next command.
    func showReceipt(_ outcome: WizardOutcome) {
        receipt.left = remaining.map(\.step.title)
        let r = receipt
        guard !(r.work.isEmpty && r.skipped.isEmpty && r.failed.isEmpty && r.byPerson.isEmpty && r.left.isEmpty) else { return }
        io.say("")
        io.say(theme.heading(dryRun ? BilingualText("Receipt (dry run: nothing was changed)", "Récapitulatif (simulation : rien n'a été modifié)")[language]
                                    : BilingualText("Receipt", "Récapitulatif")[language]))
        if !r.work.isEmpty {
            io.say(dryRun ? BilingualText("Would be done:", "Serait fait :")[language] : BilingualText("Done:", "Fait :")[language])
            for work in r.work {
                io.say("  " + work.step)
                for change in work.changes { io.say("    · " + change) }
            }
        }
        if !r.skipped.isEmpty {
            io.say(BilingualText("Skipped:", "Passé :")[language])
            for (step, reason) in r.skipped { io.say("  " + step + (reason.isEmpty ? "" : Words.colon(language) + reason)) }
        }
        if !r.failed.isEmpty {
            io.say(BilingualText("Not done, checks failed:", "Pas fait, vérifications en échec :")[language])
            for (step, _) in r.failed { io.say("  " + step) }
        }
        if !r.byPerson.isEmpty {
            io.say(BilingualText("Done by a person, outside the tool:", "Fait par une personne, hors de l'outil :")[language])
            for step in r.byPerson { io.say("  " + step) }
        }
        if !r.left.isEmpty {
            io.say(BilingualText("Left to do (\(Words.count(r.left.count, "step", "steps", language: .english))):",
                                 "Reste à faire (\(Words.count(r.left.count, "étape", "étapes", language: .french))) :")[language])
            for step in r.left { io.say("  " + step) }
        }
    }
}
