import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PolicyRecognizerTests {
    @Test func quotedAndDocumentTitlesAndNamedPolicies() throws {
        let a = try Fixtures.sentence("扎实推进“秸秆变肉”暨千万头肉牛工程，印发《关于激发人才活力支持人才创新创业的若干意见》，落实好援企稳岗政策。")
        #expect(a.names(.policy) == ["“秸秆变肉”暨千万头肉牛工程", "《关于激发人才活力支持人才创新创业的若干意见》", "援企稳岗政策"])
    }

    @Test func issuingBodiesAndDatesOfAPolicy() throws {
        let a = try Fixtures.sentence("省人社厅、省社保局按照省委、省政府工作部署，会同财政、发改、税务部门先后于5月12日与6月10日出台了两轮社会保险助企纾困政策。")
        let issued = a.relations.filter { $0.kind == .issued }
        #expect(Set(issued.compactMap(\.subject?.name)) == ["省人社厅", "省社保局"])
        #expect(Set(issued.compactMap(\.date?.iso)) == ["2022-05-12", "2022-06-10"])
        #expect(issued.allSatisfy { $0.object.name == "社会保险助企纾困政策" })
    }

    @Test func slogansOfSingleCharactersAreNotPolicies() throws {
        let a = try Fixtures.sentence("打出“降、缓、返、补、扩”政策组合拳。")
        #expect(a.names(.policy).isEmpty)
    }
}

extension PolicyRecognizerTests {
    /// Sentences of the dev corpus: a quoted numbered formula carried out as a programme is a policy;
    /// one of loyalty, a field of work or a bare count is not.
    @Test(arguments: [
        ("今年要扎实做好“六稳”“六保”工作。", ["“六稳”", "“六保”"]),
        ("全面推动“五个合作”，加快实现“六个回归”。", ["“五个合作”", "“六个回归”"]),
        ("瞄准“六新产业”发展和“四新设施”建设。", ["“六新产业”", "“四新设施”"]),
        ("深度融入高质量共建“一带一路”。", ["“一带一路”"]),
        ("要增强“四个意识”、坚定“四个自信”、做到“两个维护”。", []),
        ("始终把解决好“三农”问题作为重中之重。", []),
        ("他说“三年”时间很快就过去了。", []),
    ])
    func quotedFormulas(sentence: String, expected: [String]) throws {
        let a = try Fixtures.sentence(sentence)
        #expect(a.mentions(of: .policy).map(\.text) == expected)
    }

    /// Dev corpus: a programme named by a head that otherwise wants quotes (工程), after a verb of
    /// carrying out; a kind of works (等重点工程) is none.
    @Test func programmesAfterAVerbOfCarryingOut() throws {
        let a = try Fixtures.sentence("三要实施水利保障工程。实施好中型灌区续建配套、中小河流防洪保安等重点工程。")
        #expect(a.mentions(of: .policy).map(\.text) == ["水利保障工程"])
    }

    /// Corpus (吉林广播电视台): a decision approving a local regulation stands for the regulation, and a
    /// title within a title stays whole.
    @Test func approvedRegulationsAndTitlesWithinTitles() throws {
        let a = try Fixtures.sentence("会议表决通过《吉林省人民代表大会常务委员会关于批准〈长春市城市建设档案管理条例〉的决定》"
            + "《吉林省人民代表大会常务委员会关于批准〈吉林市人大常委会关于废止《吉林市人大常委会关于加强停缓建工程管理工作的决议》的决定〉的决定》。")
        #expect(a.mentions(of: .policy).map(\.name) == ["《长春市城市建设档案管理条例》",
                                                        "《吉林市人大常委会关于废止《吉林市人大常委会关于加强停缓建工程管理工作的决议》的决定》"])
    }
}
