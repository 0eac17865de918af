import ArgumentParser
import NewsGraphExport
import NewsGraphStore

/// `newsgraph show KEY`
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print an article's reflowed text and the facts found in it.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The article's key (cf7a147fa542-0) or row id (see `newsgraph articles`).") var id: String
    @Flag(help: "Print the text only, without the facts.") var textOnly = false

    func run() throws {
        let graph = try store.openExisting()
        guard let stored = try graph.storedArticles().first(where: { $0.row.key == id || String($0.row.id) == id }) else {
            throw CLIError("no article \(id) in \(store.path); `newsgraph articles` lists them")
        }
        let row = stored.row
        if let headline = row.headline { print(headline) }
        print([row.key, row.paper, row.issueDate, row.sourcePath].compactMap { $0 }.joined(separator: " · "))
        print()
        print(row.displayText)
        guard !textOnly else { return }
        let facts = FactsBuilder.facts(stored)
        print()
        print("人物 persons: " + facts.persons.map { $0.titles.isEmpty ? $0.name : "\($0.name)（\($0.titles.joined(separator: "、"))）" }.joined(separator: "；"))
        print("机构 organisations: " + facts.organizations.joined(separator: "、"))
        print("政策 policies: " + facts.policies.joined(separator: "、"))
        for m in facts.meetings {
            print("会议 meeting: \(m.name)" + [m.date, m.place].compactMap { $0 }.map { " · \($0)" }.joined())
            for (role, names) in [("主持 presided", m.presided), ("讲话 spoke", m.spoke), ("出席 attended", m.attended), ("汇报 reported", m.reported)] where !names.isEmpty {
                print("  \(role): " + names.joined(separator: "、"))
            }
        }
    }
}
