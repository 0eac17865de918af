import NewsGraphModel

/// Decides which province a page's `省委`, `省政府`, `省长` refer to.
///
/// The paper says so when it is known (`papers.tsv`: 吉林日报 → 吉林); otherwise the province
/// named most often on the page (吉林省, 吉林, 吉) wins, ties broken by the order of the lexicon.
public struct RegionResolver: PipelineComponent {
    public let name = "region"
    public let needs: Set<DocumentLayer> = [.cleanText]
    public let adds: Set<DocumentLayer> = [.issueRegion]
    let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func process(_ document: inout Document) throws {
        document.issue.region = region(of: document)
        document.layers.insert(.issueRegion)
    }

    func region(of document: Document) -> String? {
        if let paper = document.issue.paper, let region = lexicon.paperRegions[paper] { return region }
        guard let text = document.page?.text else { return nil }
        var best: (String, Int)?
        for province in lexicon.provinces {
            let n = text.occurrences(of: province).count
            if n > 0, best == nil || n > best!.1 { best = (province, n) }
        }
        return best?.0
    }
}
