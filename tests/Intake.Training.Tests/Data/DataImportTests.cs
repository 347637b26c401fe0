using Intake.Training.Data;
using Intake.Training.Data.Cuad;
using Intake.Training.Data.MetiJpo;

namespace Intake.Training.Tests.Data;

public sealed class DataImportTests
{
    [Fact]
    public void CsvReader_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        const string csv = "a,b,c\n\"x, y\",\"he said \"\"no\"\"\",\"line1\nline2\"\nlast,,\n";

        var records = CsvReader.ReadRecords(new StringReader(csv)).ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "he said \"no\"", "line1\nline2"], records[1]);
        Assert.Equal(["last", "", ""], records[2]);
    }

    [Fact]
    public void CsvReader_UnclosedQuote_IsAnError()
    {
        Assert.Throws<InvalidDataException>(() => CsvReader.ReadRecords(new StringReader("a,\"b\n")).ToList());
    }

    [Theory]
    [InlineData("[]", new string[0])]
    [InlineData("['one', \"it's\"]", new[] { "one", "it's" })]
    [InlineData("['a\\'b', 'c\\\\d', 'e\\nf', '\\x41\\u00e9']", new[] { "a'b", "c\\d", "e\nf", "Aé" })]
    public void PythonStringList_Literal_ParsesLikePython(string literal, string[] expected)
    {
        Assert.Equal(expected, PythonStringList.Parse(literal));
    }

    [Theory]
    [InlineData("['unclosed]")]
    [InlineData("not a list")]
    [InlineData("['a'] trailing")]
    public void PythonStringList_Malformed_IsAFormatError(string literal)
    {
        Assert.Throws<FormatException>(() => PythonStringList.Parse(literal));
    }

    [Fact]
    public void ImportContract_UnitsOverlappingAnExcerpt_ArePositiveAndOthersNegative()
    {
        const string text = """
            LICENSE AGREEMENT

            1. Grant. Company grants Partner a non-exclusive licence to use the Software in its business.

            2. Fees. Partner shall pay the fees set out in the schedule within thirty days.

            3. Assignment. Partner may not assign this Agreement without the prior written consent of Company.

            4. Law. This Agreement is governed by the laws of Ohio. Disputes go to the courts of Columbus, Ohio.
            """;
        (string?, string)[] excerpts =
        [
            ("license-grant", "Company grants Partner a non-exclusive licence to use the Software in its business."),
            ("assignment-restriction", "Partner may not assign this Agreement <omitted> without the prior written consent of Company."),
            ("foreign-jurisdiction", "This Agreement is governed by the laws of Ohio."),
            (null, "Partner shall pay the fees set out in the schedule within thirty days."),
        ];

        var contract = CuadImporter.ImportContract("test.txt", text, excerpts, out var located, out var segments);

        Assert.Equal(segments, located);
        var units = contract.Units;
        Assert.Equal(4, units.Count);
        Assert.Equal(["license-grant"], units[0].Positives);
        Assert.Empty(units[1].Positives);
        Assert.True(units[1].IsKnown("license-grant"));
        Assert.Equal(["assignment-restriction"], units[2].Positives);
        Assert.Equal(["foreign-jurisdiction"], units[3].Positives);
        Assert.All(units, u => Assert.Equal("LICENSE AGREEMENT", u.Heading));
        Assert.All(units, u => Assert.False(u.IsKnown("confidentiality")));
    }

    [Fact]
    public void ImportContract_SentencesOfAUnit_CarryTheirOwnLabels()
    {
        const string text = "4. Law. This Agreement is governed by the laws of Ohio. Each party shall bear its own costs of performance.";
        (string?, string)[] excerpts = [("foreign-jurisdiction", "This Agreement is governed by the laws of Ohio.")];

        var unit = CuadImporter.ImportContract("t.txt", text, excerpts, out _, out _).Units.Single();

        Assert.NotNull(unit.Parts);
        Assert.Contains(unit.Parts!, p => p.Has("foreign-jurisdiction"));
        Assert.Contains(unit.Parts!, p => !p.Has("foreign-jurisdiction") && p.Text.Contains("own costs", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportContract_NearMissWindow_LeavesNeighboursOfAnExcerptUnknownForItsLabelOnly()
    {
        const string text = """
            1. Grant. Company grants Partner a non-exclusive licence to use the Software in its business.

            2. Scope. The licence covers the installation of the Software on Partner's own servers.

            3. Fees. Partner shall pay the fees set out in the schedule within thirty days.
            """;
        (string?, string)[] excerpts = [("license-grant", "Company grants Partner a non-exclusive licence to use the Software in its business.")];

        var strict = CuadImporter.ImportContract("t.txt", text, excerpts, out _, out _).Units;
        var relaxed = CuadImporter.ImportContract("t.txt", text, excerpts, out _, out _, nearMissWindow: 20).Units;

        Assert.True(strict[1].IsKnown("license-grant"));
        Assert.False(relaxed[1].IsKnown("license-grant"));
        Assert.True(relaxed[1].IsKnown("assignment-restriction"));
        Assert.True(relaxed[0].Has("license-grant"));
        Assert.True(relaxed[2].IsKnown("license-grant"));
    }

    [Fact]
    public void ImportContract_ForumSentenceNotAnnotated_IsUnknownNotNegative()
    {
        const string text = "The parties submit to the exclusive jurisdiction of the courts of Paris for any dispute.\n\nThe Supplier shall deliver the goods within ten days of each order.";

        var units = CuadImporter.ImportContract("t.txt", text, [], out _, out _).Units;

        Assert.False(units[0].IsKnown("foreign-jurisdiction"));
        Assert.True(units[1].IsKnown("foreign-jurisdiction"));
        Assert.True(units[0].IsKnown("assignment-restriction"));
    }

    [Fact]
    public void ImportContract_Excerpts_BecomeClausesWithTheLabelsThatCoverThem()
    {
        const string text = "Partner shall not compete with Company in the Territory for two years.\n\nPartner may not assign this Agreement without consent of Company.";
        (string?, string)[] excerpts =
        [
            (null, "Partner shall not compete with Company in the Territory for two years."),
            ("assignment-restriction", "Partner may not assign this Agreement without consent of Company."),
        ];

        var excerptClauses = CuadImporter.ImportContract("t.txt", text, excerpts, out _, out _).Excerpts;

        Assert.Equal(2, excerptClauses.Count);
        Assert.Empty(excerptClauses[0].Positives);
        Assert.Equal(["assignment-restriction"], excerptClauses[1].Positives);
    }

    [Fact]
    public void NameKey_AccentsAndPunctuation_AreFolded()
    {
        Assert.Equal(CuadImporter.NameKey("Café_Agreement (v2).PDF"), CuadImporter.NameKey("cafe agreement v2.pdf"));
    }

    [Fact]
    public void MetiJpoLabels_FileWithAnotherHash_IsSkippedAndReported()
    {
        var folder = Directory.CreateTempSubdirectory("meti-test-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "5_nda_ai.md"), "第1条 甲は秘密情報を開示しない。");
            var tsv = Path.Combine(folder.FullName, "labels.tsv");
            File.WriteAllText(tsv, "file\tstart\tend\theading\tlabels\tnote\n5_nda_ai.md\t0\t10\t第1条\tconfidentiality\tnote\n");

            var import = MetiJpoLabels.Load(tsv, folder.FullName);

            Assert.Empty(import.Clauses);
            Assert.Contains(import.Problems, p => p.Contains("sha256", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void CorpusReader_BadLines_AreReportedAndGoodLinesKept()
    {
        const string jsonl = """
            {"text":"Neither party may assign this Agreement.","labels":["assignment-restriction"],"lang":"en","source":"ours"}
            {"text":"Fees are due monthly.","labels":["none"],"lang":"en"}
            not json
            {"text":"x","labels":["no-such-label"]}
            {"labels":["none"]}
            """;

        var read = CorpusReader.Read(new StringReader(jsonl), "test.jsonl");

        Assert.Equal(2, read.Clauses.Count);
        Assert.Empty(read.Clauses[1].Positives);
        Assert.Null(read.Clauses[1].Known);
        Assert.Equal(3, read.Problems.Count);
    }

    [Fact]
    public void CorpusReader_VariantsOfOneLine_ShareAFamily_AndUnrelatedLinesDoNot()
    {
        const string jsonl = """
            {"text":"Neither party may assign this Agreement without the prior written consent of the other party.","labels":["assignment-restriction"],"lang":"en"}
            {"text":"Fees are due monthly against an invoice.","labels":["none"],"lang":"en"}
            {"text":"(3) Assignment. Neither party may assign this Agreement without the prior written consent of the other party.","labels":["assignment-restriction"],"lang":"en"}
            {"text":"乙は、甲の書面による承諾なく、本契約上の地位を第三者に譲渡してはならないものとする。","labels":["assignment-restriction"],"lang":"ja"}
            {"text":"第9条（譲渡禁止） 乙は、甲の書面による承諾なく、本契約上の地位を第三者に譲渡してはならないものとします。","labels":["assignment-restriction"],"lang":"ja"}
            """;

        var read = CorpusReader.Read(new StringReader(jsonl), "test.jsonl");

        Assert.Equal(read.Clauses[0].Group, read.Clauses[2].Group);
        Assert.Equal(read.Clauses[3].Group, read.Clauses[4].Group);
        Assert.Equal(3, read.Clauses.Select(c => c.Group).Distinct().Count());
        Assert.Equal("corpus:test.jsonl:1", read.Clauses[2].Group);
    }

    [Fact]
    public void GroupSplit_OfTheCorpus_NeverPutsAFamilyOnBothSides()
    {
        // 40 unrelated sentences (random words), each with a numbered variant of itself.
        string[] words = ["supplier", "buyer", "record", "lot", "review", "invoice", "shipment", "warehouse", "sample",
            "report", "audit", "meeting", "notice", "schedule", "price", "quality", "defect", "return", "carrier", "label"];
        var lines = Enumerable.Range(0, 40).SelectMany(i =>
        {
            var random = new Random(i);
            var text = string.Join(' ', Enumerable.Range(0, 10).Select(_ => words[random.Next(words.Length)]));
            return new[]
            {
                $$"""{"text":"{{text}}.","labels":["none"],"lang":"en"}""",
                $$"""{"text":"(iv) {{text}}.","labels":["none"],"lang":"en"}""",
            };
        });
        var read = CorpusReader.Read(new StringReader(string.Join('\n', lines)), "families.jsonl");

        var (kept, held) = GroupSplit.Split(read.Clauses, 0.25, seed: 7);

        Assert.NotEmpty(held);
        Assert.Empty(kept.Select(c => c.Group).Intersect(held.Select(c => c.Group)));
        var heldTexts = held.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        Assert.All(held, c => Assert.Contains(c.Text.StartsWith("(iv) ", StringComparison.Ordinal) ? c.Text[5..] : "(iv) " + c.Text, heldTexts));
    }

    [Fact]
    public void ContractUnitSplitter_LongParagraph_IsCutIntoSentenceGroups()
    {
        var sentence = "The Supplier shall maintain insurance with reputable insurers in amounts customary for its business. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 12));

        var units = ContractUnitSplitter.Split(text);

        Assert.True(units.Count > 1);
        Assert.All(units, u => Assert.True(u.Text.Length <= ContractUnitSplitter.GroupLength + sentence.Length));
    }
}
