import Foundation
@testable import NewsGraphExport
import NewsGraphModel
import Testing

@Suite struct IdOrderTests {
    /// Ids with Chinese, ASCII, dates, orders in front, full-width and CJK punctuation, dashes and quotes.
    static let plainIds = [
        "person:韩俊", "person:韩俊#2022-06-16", "meeting:省政府2022年第14次常务会议", "0001.3.0002 person:刘凯", "0001.3.0010 person:王宁",
        "post:吉林省长", "organization:省政府", "policy:“千亿斤粮食”工程", "policy:稳经济一揽子政策措施（第二批）", "place:长春·吉林",
        "meeting:会议—专题", "person:A", "person:a", "person:Ｚ", "", "person:", "person:韩", "policy:《条例》", "meeting:…", "e:12", "e:9",
    ]

    /// The order the writers used before: Swift's `<` on the ids, then the rest.
    func swiftSorted(_ ids: [(String, String)]) -> [(String, String)] {
        ids.sorted { a, b in (a.0, a.1) < (b.0, b.1) }
    }

    /// On plain ids (every id of the seed views among them) bytes give Swift's order, stably; on ids that
    /// normalisation changes (a decomposed `é`, a compatibility ideograph, Hangul) Swift's order is kept.
    @Test func sortsAsSwiftCompares() throws {
        var pairs: [(String, String)] = []
        for (index, id) in Self.plainIds.enumerated() {
            for other in Self.plainIds.shuffled().prefix(3) { pairs.append((id, other + String(index % 3))) }
        }
        let seedIds = try SeedViews.withBuilder { builder in
            try SeedViews.names.flatMap { name in
                let view = try SeedViews.view(name, from: builder)
                return view.nodes.map(\.id) + view.edges.flatMap { [$0.from, $0.to] }
            }
        }
        #expect(!seedIds.isEmpty)
        #expect(seedIds.allSatisfy(IdOrder.isPlain))
        pairs += seedIds.map { ($0, "") }
        pairs.shuffle()
        let fast = IdOrder.sorted(pairs, by: { ($0.0, $0.1) }, then: { _, _ in false })
        #expect(fast.map(\.0) == swiftSorted(pairs).map(\.0))
        #expect(fast.map(\.1) == swiftSorted(pairs).map(\.1))

        let unusual = ["person:Cafe\u{301}", "person:Café", "person:\u{F900}", "person:한", "person:\u{1112}\u{1161}\u{11AB}",
                       "person:\u{2000}", "person:\u{2002}", "person:\u{302A}"]
        for id in unusual {
            #expect(!IdOrder.isPlain(id), "\(id) passed as plain")
        }
        let mixed = (unusual + Self.plainIds + ["person:Cafe", "person:Cafz", "person:\u{8C48}"]).shuffled().enumerated().map { ($1, String($0)) }
        let sorted = IdOrder.sorted(mixed, by: { ($0.0, "") }, then: { $0.1 < $1.1 })
        #expect(sorted.map(\.1) == mixed.sorted { a, b in a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }.map(\.1))
    }

    /// Items in the sorted order are found so, and left as they are; any pair out of order, by either id or
    /// by the tie-break, is found; canonically equivalent ids count as equal, as Swift's order has them.
    @Test func tellsItemsAlreadySorted() {
        let mixed = (Self.plainIds + ["person:Cafe\u{301}", "person:Café", "person:\u{F900}"]).enumerated().map { ($1, String($0 % 4)) }
        let sorted = IdOrder.sorted(mixed, by: { ($0.0, "") }, then: { $0.1 < $1.1 })
        #expect(IdOrder.isSorted(sorted, by: { ($0.0, "") }, then: { $0.1 < $1.1 }))
        #expect(IdOrder.ordered(sorted, by: { ($0.0, "") }, then: { $0.1 < $1.1 }).map(\.1) == sorted.map(\.1))
        #expect(!IdOrder.isSorted(sorted.reversed(), by: { ($0.0, "") }, then: { $0.1 < $1.1 }))
        #expect(IdOrder.ordered(sorted.reversed(), by: { ($0.0, "") }, then: { $0.1 < $1.1 }).map(\.1) == sorted.map(\.1))
        // Equal first ids: the second decides, then the tie-break.
        #expect(IdOrder.isSorted([("a", "1"), ("a", "2")], by: { $0 }, then: { _, _ in false }))
        #expect(!IdOrder.isSorted([("a", "2"), ("a", "1")], by: { $0 }, then: { _, _ in false }))
        #expect(!IdOrder.isSorted([("a", "1", 2), ("a", "1", 1)], by: { ($0.0, $0.1) }, then: { $0.2 < $1.2 }))
        #expect(IdOrder.isSorted([("person:Café", "1", 1), ("person:Cafe\u{301}", "1", 2)], by: { ($0.0, $0.1) }, then: { $0.2 < $1.2 }))
        #expect(!IdOrder.isSorted([("person:Café", "1", 2), ("person:Cafe\u{301}", "1", 1)], by: { ($0.0, $0.1) }, then: { $0.2 < $1.2 }))
    }

    /// Bytes compare as `memcmp`, then by length.
    @Test func comparesBytes() {
        #expect(IdOrder.compareBytes("a", "b") < 0)
        #expect(IdOrder.compareBytes("ab", "a") > 0)
        #expect(IdOrder.compareBytes("韩俊", "韩俊") == 0)
        #expect(IdOrder.compareBytes("", "") == 0)
        #expect(IdOrder.compareBytes("Z", "韩") < 0)
    }

    /// The DOT identifier of a plain id, hashed as it is, is the one hashed after normalising.
    @Test func dotIdentifiersAreUnchanged() {
        func normalised(_ id: String) -> String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in id.precomposedStringWithCanonicalMapping.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            let hex = String(hash, radix: 16)
            return "n_" + String(repeating: "0", count: 16 - hex.count) + hex
        }
        for id in Self.plainIds + ["person:Cafe\u{301}", "person:\u{F900}"] {
            #expect(GraphNode.dotIdentifier(for: id) == normalised(id))
        }
        #expect(GraphNode.dotIdentifier(for: "person:Cafe\u{301}") == GraphNode.dotIdentifier(for: "person:Café"))
    }
}
