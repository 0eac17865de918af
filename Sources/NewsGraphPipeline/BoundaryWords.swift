import NewsGraphModel

/// Small closed word classes the recognisers use to find where a name starts or ends.
///
/// These are grammar (function words and verbs that cannot be inside a name), not names.
enum BoundaryWords {
    /// Single characters that cannot be inside an organisation or policy name before its head.
    static let stopChars: Set<Unicode.Scalar> = Set("的在是了把将从到被让给以并或又也都就还其该这那我你他她它们个要对向为由于及等即而且但若则".unicodeScalars).union(CharacterClass.punctuation).union(["\n", " "])

    /// Verbs and adverbs that end a left extension (the name starts after them).
    static let leftStops: [String] = [
        "主持召开", "召开", "主持", "出席", "参加", "举行", "会见", "会同", "按照", "根据", "围绕", "支持", "推动", "推进",
        "落实好", "落实", "实施", "开展", "出台", "印发", "制定", "执行", "抓好", "加快", "完善", "建立", "持续", "深化",
        "扎实", "积极", "全力", "加强", "强化", "坚持", "贯彻", "研究", "审议", "通过", "讨论", "听取", "部署", "发布",
        "阶段性", "一系列", "系列", "相关", "有关", "各项", "这项", "此次", "这次", "两轮", "一轮", "进一步", "以及",
        "关于", "传达", "学习", "同志", "代表", "听取", "感谢", "表示", "希望", "欢迎", "指出", "强调", "列席", "健全", "宣布", "迎接", "提交", "审查", "能够", "不断", "没有", "离不开", "纳入", "投入", "改善", "建成", "上好", "发挥好", "发挥",
        "实行", "纷纷", "各级", "全省", "全市", "全县", "全国各地", "广大", "各地", "所有", "各类", "我省", "我市", "我国", "本省",
        "同步", "实现", "加速", "成为", "扶持", "来到", "前往", "深入", "走进", "调研", "考察", "视察", "检查", "带领", "率领", "陪同", "邀请", "组织",
        "做好", "用好", "办好", "开好", "召集", "作为", "成为", "设立", "成立", "依托", "联合", "携手", "共同", "分别",
        "先后", "已经", "正在", "继续", "加大", "提高", "提升", "享受", "发放", "申请", "咨询", "在", "与", "和",
        "率", "率队", "围绕着", "地处", "位于",
    ]

    /// Whether a left-stop word ends exactly at `offset`.
    static func leftStop(endingAt offset: Int, in text: ScalarText, floor: Int) -> Bool {
        !leftStopTrie.matches(in: text, endingAt: offset, floor: floor).isEmpty
    }

    static let leftStopTrie = WordTrie(leftStops)
    static let afterNameTrie = WordTrie(afterName)

    /// Words that follow a person's name (verbs of speech, action, attendance) and mark its end.
    static let afterName: [String] = [
        "主持召开", "主持", "强调", "指出", "表示", "介绍", "说", "讲话", "致辞", "参加", "出席", "列席", "调研", "调度",
        "会见", "会谈", "考察", "视察", "检查", "督导", "察看", "听取", "要求", "提出", "宣布", "作", "代表", "一行", "等",
        "同志", "在", "到", "赴", "来", "向", "对", "与", "和", "及", "一起", "率", "带队", "陪同", "就", "为", "分别", "先后",
        "深入", "实地", "详细", "希望", "感谢", "欢迎", "认为", "回答", "汇报", "发言", "通报", "作了", "首先", "随后",
        "还", "也", "都", "共同", "亲切", "热情", "专程", "现场", "当选", "任", "不再", "被", "是", "的", "了", "，", "、",
        "。", "：", "；", "（", "）", "”", "“", "\n",
    ]

    /// Whether a word that may follow a name starts at `offset`.
    static func afterNameWord(at offset: Int, in text: ScalarText) -> Bool {
        if offset >= text.count { return true }
        return afterNameTrie.longestMatch(in: text, at: offset) != nil
    }
}
