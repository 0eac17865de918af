import NewsGraphExport
import Testing

@Suite("XMLEscaping")
struct XMLEscapingTests {
    @Test("markup characters become entities, line breaks character references, forbidden characters vanish")
    func escaped() {
        #expect(XMLEscaping.escaped("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
        #expect(XMLEscaping.escaped("一\n二\r三\t四") == "一&#10;二&#13;三&#9;四")
        #expect(XMLEscaping.escaped("铃\u{0007}声\u{FFFF}") == "铃声")
        #expect(XMLEscaping.escaped("《稳经济》") == "《稳经济》")
    }
}
