import NewsGraphModel

/// Normalises and reflows a raw page into clean text with a map back to the raw offsets.
///
/// What it does, in order:
/// - drops pinyin that converters insert after characters (`長(zhǎng)` → `長`);
/// - collapses letter-spaced display lines (`惠 民 生 增 福 祉` → `惠民生增福祉`) and stray spaces
///   beside digits (`5月 12日` → `5月12日`);
/// - on column pages (PDF text, lines broken at the column edge) joins lines into paragraphs
///   without inserting spaces, and tells headings (short lines with no closing punctuation, set
///   off after a paragraph end) from running text;
/// - converts traditional characters to simplified ones for the later stages (OpenCC), keeping
///   the original script in `display`.
public struct Normalizer: PipelineComponent {
    public let name = "normalize"
    public let needs: Set<DocumentLayer> = [.raw]
    public let adds: Set<DocumentLayer> = [.cleanText]
    let converter: ScriptConverter

    public init(converter: ScriptConverter = .shared) {
        self.converter = converter
    }

    public func process(_ document: inout Document) throws {
        let page = normalize(document.raw)
        guard page.text.scalars.contains(where: { CharacterClass.isHan($0) || CharacterClass.isLatin($0) }) else {
            throw NewsGraphError(.malformedPage, file: document.path, line: 1, "the page holds no words (no Chinese or Latin letters)")
        }
        document.page = page
        document.layers.insert(.cleanText)
    }

    /// A raw line after per-line cleaning: its characters and their raw offsets.
    struct Line {
        var chars: [Unicode.Scalar]
        var offsets: [Int]
        var number: Int
        var indented: Bool
        var spaced: Bool
        var blankBefore: Bool
        var lineEnd: Int
        var count: Int { chars.count }
        /// Printed width in half-width units: a Chinese character or full-width sign is two.
        /// Punctuation counts one unit: justified print compresses it.
        var width: Int { chars.reduce(0) { $0 + (CharacterClass.isHan($1) || CharacterClass.isLatin($1) && $1.value > 0xFF00 ? 2 : 1) } }
    }

    public func normalize(_ raw: ScalarText) -> PageText {
        let lines = cleanLines(raw)
        let lengths = lines.map(\.count).sorted()
        let median = lengths.isEmpty ? 0 : lengths[lengths.count / 2]
        // Column text: many short lines and almost no long ones (a web page has a paragraph a line).
        let long = lines.filter { $0.count > 60 }.count
        let columns = lines.count >= 20 && median <= 40 && long * 20 <= lines.count
        let blocks = columns ? reflowColumns(lines) : paragraphsPerLine(lines)

        var text: [Unicode.Scalar] = []
        var display: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var pageLines: [PageLine] = []
        for block in blocks {
            let start = display.count
            display.append(contentsOf: block.chars)
            text.append(contentsOf: Self.fullWidthPunctuation(Array(converter.simplified(block.chars[...]))))
            offsets.append(contentsOf: block.offsets)
            pageLines.append(PageLine(span: Span(start, display.count), kind: block.kind, rawLine: block.number,
                                      blankBefore: block.blankBefore))
            display.append("\n")
            text.append("\n")
            offsets.append(block.lineEnd)
        }
        return PageText(text: ScalarText(scalars: text), display: ScalarText(scalars: display), rawOffsets: offsets,
                        lines: pageLines, isColumnLayout: columns)
    }

    // MARK: Per-line cleaning

    private static let toneLetters: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń".unicodeScalars)

    private func isPinyinLetter(_ u: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(u) || Self.toneLetters.contains(u)
    }

    func cleanLines(_ raw: ScalarText) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var number = 1
        var blank = true
        let s = raw.scalars
        func flush(_ end: Int) {
            var chars: [Unicode.Scalar] = []
            var offs: [Int] = []
            var i = start
            while i < end {
                let u = s[i]
                // Pinyin inserted after a character: 長(zhǎng).
                if (u == "(" || u == "（"), let last = chars.last, CharacterClass.isHan(last) {
                    var j = i + 1
                    while j < end && j - i <= 8 && isPinyinLetter(s[j]) { j += 1 }
                    if j > i + 1 && j < end && (s[j] == ")" || s[j] == "）") {
                        i = j + 1
                        continue
                    }
                }
                if u == "\r" { i += 1; continue }
                chars.append(CharacterClass.isSpace(u) ? " " : u)
                offs.append(i)
                i += 1
            }
            let indented = chars.first == " "
            while chars.first == " " { chars.removeFirst(); offs.removeFirst() }
            while chars.last == " " { chars.removeLast(); offs.removeLast() }
            if chars.isEmpty {
                blank = true
            } else {
                var line = Line(chars: chars, offsets: offs, number: number, indented: indented, spaced: false,
                                blankBefore: blank, lineEnd: end)
                collapseSpaces(&line)
                lines.append(line)
                blank = false
            }
        }
        for i in 0..<s.count where s[i] == "\n" {
            flush(i)
            start = i + 1
            number += 1
        }
        flush(s.count)
        return lines
    }

    /// Removes letter-spacing from display lines and spaces that stray into dates and numbers.
    private func collapseSpaces(_ line: inout Line) {
        let c = line.chars
        let han = c.filter { CharacterClass.isHan($0) }.count
        var spacedPairs = 0
        for i in 1..<max(1, c.count - 1) where c[i] == " " && CharacterClass.isHan(c[i - 1]) && CharacterClass.isHan(c[i + 1]) {
            spacedPairs += 1
        }
        line.spaced = han >= 4 && Double(spacedPairs) >= Double(han - 1) * 0.6
        var chars: [Unicode.Scalar] = []
        var offs: [Int] = []
        var i = 0
        while i < c.count {
            if c[i] == " " {
                var j = i
                while j < c.count && c[j] == " " { j += 1 }
                let left = chars.last
                let right = j < c.count ? c[j] : nil
                if let left, let right, shouldDrop(left: left, right: right, spaced: line.spaced) {
                    i = j
                    continue
                }
                chars.append(" ")
                offs.append(line.offsets[i])
                i = j
                continue
            }
            chars.append(c[i])
            offs.append(line.offsets[i])
            i += 1
        }
        line.chars = chars
        line.offsets = offs
    }

    private func shouldDrop(left: Unicode.Scalar, right: Unicode.Scalar, spaced: Bool) -> Bool {
        let lh = CharacterClass.isHan(left) || CharacterClass.isPunctuation(left)
        let rh = CharacterClass.isHan(right) || CharacterClass.isPunctuation(right)
        let ld = CharacterClass.isDigit(left) || left == "%" || left == "."
        let rd = CharacterClass.isDigit(right)
        if spaced && (lh || ld) && (rh || rd) { return true }
        if (ld && rh) || (lh && rd) { return true }
        if CharacterClass.isPunctuation(left) && !"!?.,;:)".unicodeScalars.contains(left) { return true }
        if CharacterClass.isPunctuation(right) && !"(".unicodeScalars.contains(right) { return true }
        return false
    }

    // MARK: Layouts

    struct Block {
        var chars: [Unicode.Scalar]
        var offsets: [Int]
        var kind: PageLine.Kind
        var number: Int
        var blankBefore: Bool
        var lineEnd: Int
    }

    /// Web-page text: every line is a paragraph or a heading.
    private func paragraphsPerLine(_ lines: [Line]) -> [Block] {
        lines.map { line in
            // A line with a full stop in it is running text even when a byline closes it: …参加会见。(黄鹭)
            let sentence = line.chars.dropLast().contains("。")
            let kind: PageLine.Kind = line.spaced ? .spacedHeading : (Self.endsParagraph(line.chars) || sentence || line.count > 60 ? .paragraph : .heading)
            return Block(chars: line.chars, offsets: line.offsets, kind: kind, number: line.number,
                         blankBefore: line.blankBefore, lineEnd: line.lineEnd)
        }
    }

    static func endsParagraph(_ chars: [Unicode.Scalar]) -> Bool {
        var i = chars.count - 1
        while i >= 0 && CharacterClass.closers.contains(chars[i]) { i -= 1 }
        guard i >= 0 else { return false }
        return CharacterClass.sentenceEnders.contains(chars[i]) || chars[i] == "：" || chars[i] == ":"
    }

    /// Whether a line opens a paragraph whatever its neighbours: a dateline or continuation marker.
    static func opensParagraph(_ chars: [Unicode.Scalar]) -> Bool {
        let text = ScalarText(scalars: Array(chars.prefix(40)))
        return DatelineParser.matchesStart(text) || ContinuationMarker.parse(text, at: 0) != nil
    }

    static func isAdoptionLine(_ chars: [Unicode.Scalar]) -> Bool {
        guard let f = chars.first, let l = chars.last, f == "（" || f == "(", l == "）" || l == ")" else { return false }
        let s = String(String.UnicodeScalarView(chars))
        return s.contains("通过") || s.contains("批准") || s.contains("发布")
    }

    /// Column text: join lines into paragraphs and tell headings apart.
    private func reflowColumns(_ lines: [Line]) -> [Block] {
        /// The column's width: the median width of the running lines before `i` (display lines and
        /// paragraph ends left out), or after it at the top of the page.
        func width(around i: Int) -> Int {
            func running(_ r: [Int]) -> [Int] {
                r.filter { !lines[$0].spaced && !Self.isAdoptionLine(lines[$0].chars) && !Self.endsParagraph(lines[$0].chars) }
            }
            var idx = Array(running(Array(max(0, i - 12)..<i)).suffix(8))
            if idx.count < 3 { idx += running(Array((i + 1)..<min(lines.count, i + 10))) }
            let ws = idx.map { lines[$0].width }.sorted()
            return ws.isEmpty ? 0 : ws[ws.count / 2]
        }
        var blocks: [Block] = []
        var current: Block?
        var previousEnded = true
        var previousHeading = false
        func close() {
            if let c = current { blocks.append(c) }
            current = nil
        }
        for (i, line) in lines.enumerated() {
            let w = width(around: i)
            let commas = line.chars.filter { $0 == "，" || $0 == "," }.count
            let startsRunning = line.chars.first.map { "—“‘…".unicodeScalars.contains($0) } ?? false
            let isHeading: Bool
            if (line.spaced && previousEnded) || Self.isAdoptionLine(line.chars) {
                isHeading = true
            } else if Self.opensParagraph(line.chars) {
                isHeading = false
            } else {
                let bare = !line.chars.contains { CharacterClass.isPunctuation($0) }
                isHeading = previousEnded && !Self.endsParagraph(line.chars) && commas <= 1 && !startsRunning
                    && !line.chars.contains("。") && line.count >= 2
                    && (line.width <= w - 6 || previousHeading && bare && line.width <= w - 4)
            }
            if isHeading {
                close()
                blocks.append(Block(chars: line.chars, offsets: line.offsets, kind: line.spaced ? .spacedHeading : .heading,
                                    number: line.number, blankBefore: line.blankBefore, lineEnd: line.lineEnd))
                previousEnded = true
                previousHeading = true
                continue
            }
            previousHeading = false
            if Self.opensParagraph(line.chars) || (line.indented && previousEnded) { close() }
            if current == nil {
                current = Block(chars: [], offsets: [], kind: .paragraph, number: line.number,
                                blankBefore: line.blankBefore, lineEnd: line.lineEnd)
            }
            current!.chars.append(contentsOf: line.chars)
            current!.offsets.append(contentsOf: line.offsets)
            current!.lineEnd = line.lineEnd
            let next = i + 1 < lines.count ? lines[i + 1] : nil
            let ends = Self.endsParagraph(line.chars)
                && (line.width < w - 2 || next == nil || Self.opensParagraph(next!.chars))
            if ends || next == nil {
                close()
                previousEnded = true
            } else {
                previousEnded = false
            }
        }
        close()
        return blocks
    }
}
