import NewsGraphExport
import NewsGraphModel
import NewsGraphStore

extension WebSite {
    /// The page of the policy whose key (within its kind) is `key`, or nil when there is none.
    func policyPage(key: String) throws -> PolicyPage? {
        guard let trace = try store.policyTrace(key: key) else { return nil }
        let events = trace.events.map { e in
            PolicyPage.EventLine(date: e.date ?? "", action: e.action.rawValue, label: GraphViewBuilder.label(for: e.action),
                                 by: Self.joined(e.by), figures: e.figures, evidence: e.evidence,
                                 article: articleLink(e.article),
                                 paper: [e.article.paper, e.article.page.map { "p.\($0)" }].compactMap { $0 }.joined(separator: " "))
        }
        let builder = GraphViewBuilder(store: store)
        return PolicyPage(site: SiteFrame(title: trace.name, links: links), key: trace.key, name: trace.name,
                          aliases: Self.joined(trace.aliases), events: events,
                          diagram: Diagram.draw({ try builder.policy(key: key) }, renderer: renderer))
    }
}
