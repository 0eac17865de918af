import ArgumentParser
import NewsGraphExport
import NewsGraphStore

/// `newsgraph facts`
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the stored facts, one JSON line per article, in the shared gold format."
    )

    enum Format: String, ExpressibleByArgument { case jsonl }

    @OptionGroup var store: StoreOptions
    @Option(help: "jsonl (one JSON object per line).") var format: Format = .jsonl
    @Flag(help: "Leave out each article's text.") var noText = false

    func run() throws {
        for stored in try store.openExisting().storedArticles() {
            var facts = FactsBuilder.facts(stored)
            if noText { facts.text = nil }
            print(try JSONOutput.string(facts, pretty: false))
        }
    }
}
