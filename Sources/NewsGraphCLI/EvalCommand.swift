import ArgumentParser
import Foundation
import NewsGraphExport
import NewsGraphStore

/// `newsgraph eval GOLD.jsonl`
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the stored facts against a gold file: precision, recall and F1 per field."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "A JSONL gold file in the shared format.") var gold: String
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @Flag(help: "Also list what was missed and what was wrong, per file.") var verbose = false
    @Option(help: ArgumentHelp("List the misses and false hits of one field only (persons, titles, roles, roles.attended …).", valueName: "field"))
    var errors: String?

    func run() throws {
        let goldFacts = try Evaluator.readGold(path: gold)
        let system = try store.openExisting().storedArticles().map(FactsBuilder.facts)
        let matchedSources = Set(goldFacts.map(\.source)).filter { g in system.contains { Evaluator.sameSource($0.source, g) } }
        if matchedSources.isEmpty {
            throw CLIError("none of the gold file's sources is in \(store.path): ingest them first (gold sources look like \(goldFacts.first?.source ?? "?"))")
        }
        let (scores, differences) = Evaluator().evaluate(gold: goldFacts, system: system)
        switch format {
        case .json:
            struct Out: Encodable { var field: String; var gold: Int; var system: Int; var matched: Int; var precision: Double; var recall: Double; var f1: Double }
            print(try JSONOutput.string(scores.map { Out(field: $0.field, gold: $0.gold, system: $0.system, matched: $0.matched,
                                                         precision: ($0.precision * 1000).rounded() / 1000, recall: ($0.recall * 1000).rounded() / 1000,
                                                         f1: ($0.f1 * 1000).rounded() / 1000) }))
        case .csv, .table:
            let rows = scores.map { [$0.field, String($0.gold), String($0.system), String($0.matched),
                                     String(format: "%.3f", $0.precision), String(format: "%.3f", $0.recall), String(format: "%.3f", $0.f1)] }
            let header = ["field", "gold", "system", "matched", "precision", "recall", "F1"]
            if format == .csv { print(CSVWriter.render(header: header, rows: rows)) } else {
                var t = TextTable(header: header)
                rows.forEach { t.add($0) }
                print(t.render())
                print("\(matchedSources.count) of \(Set(goldFacts.map(\.source)).count) gold sources found in the graph")
            }
        }
        if verbose || errors != nil {
            let fields = Set(scores.map(\.field))
            if let errors, !fields.contains(errors) {
                throw CLIError("no field \(errors): choose one of \(scores.map(\.field).joined(separator: ", "))")
            }
            for d in differences where errors.map({ d.field == $0 || d.field.hasPrefix($0 + ".") }) ?? true {
                print("\(d.source) [\(d.field)]")
                if !d.missing.isEmpty { print("  missed: " + d.missing.joined(separator: "、")) }
                if !d.spurious.isEmpty { print("  wrong:  " + d.spurious.joined(separator: "、")) }
            }
        }
    }
}
