using Intake.Pipeline.Scoring;

namespace Intake.Pipeline.Tests.Scoring;

public sealed class DocumentTypeDetectorTests
{
    [Theory]
    [InlineData("共同研究契約書\n第1条（目的）", DocumentType.JointResearch)]
    [InlineData("PATENT AND KNOW-HOW LICENSE AGREEMENT", DocumentType.Licence)]
    [InlineData("Series A Term Sheet", DocumentType.Investment)]
    [InlineData("秘密保持契約書", DocumentType.Nda)]
    [InlineData("STRATEGIC ALLIANCE AGREEMENT\nThis Strategic Alliance Agreement is made between", DocumentType.JointResearch)]
    [InlineData("Research Collaboration Agreement", DocumentType.JointResearch)]
    [InlineData("Software License and Maintenance Agreement", DocumentType.Licence)]
    [InlineData("Exhibit 10.4 INTELLECTUAL PROPERTY AGREEMENT between the parent and the spin-off", DocumentType.IpAssignment)]
    [InlineData("特許権譲渡契約書", DocumentType.IpAssignment)]
    [InlineData("JOINT VENTURE AGREEMENT", DocumentType.JointVenture)]
    [InlineData("合弁契約書", DocumentType.JointVenture)]
    [InlineData("Secondment Agreement for a Visiting Engineer", DocumentType.Secondment)]
    [InlineData("客員研究員受入契約書", DocumentType.Secondment)]
    [InlineData("Employment Agreement", DocumentType.Secondment)]
    [InlineData("MASTER SUPPLY AGREEMENT", DocumentType.Supply)]
    [InlineData("Exclusive Distributor Agreement", DocumentType.Supply)]
    [InlineData("取引基本契約書", DocumentType.Supply)]
    [InlineData("Manufacturing and Supply Agreement", DocumentType.Manufacturing)]
    [InlineData("製造委託契約書", DocumentType.Manufacturing)]
    [InlineData("OUTSOURCING AGREEMENT", DocumentType.Services)]
    [InlineData("Consulting Agreement", DocumentType.Services)]
    [InlineData("Web Site Development and Hosting Agreement", DocumentType.Services)]
    [InlineData("業務委託契約書", DocumentType.Services)]
    [InlineData("ENDORSEMENT AGREEMENT", DocumentType.Marketing)]
    [InlineData("Sponsorship Agreement", DocumentType.Marketing)]
    public void Detect_Title_GivesTheDocumentType(string opening, DocumentType expected)
    {
        Assert.Equal(expected, DocumentTypeDetector.Detect(null, opening));
    }

    [Theory]
    [InlineData("共同研究の成果に関する特許実施許諾契約書\n株式会社Ａ（以下「甲」という。）と株式会社Ｂ（以下「乙」という。）は、共同研究の成果について次のとおり契約する。")]
    [InlineData("ライセンス契約書\n甲は乙に対し、共同研究開発の成果である本ソフトウェアの使用を許諾する。")]
    public void Detect_JapaneseLicence_IsNotJointResearch(string opening)
    {
        Assert.Equal(DocumentType.Licence, DocumentTypeDetector.Detect(null, opening));
    }

    [Theory]
    [InlineData("AIサービス利用契約書\n甲は、乙が開発したAIモデルを用いた画像解析サービスを利用する。")]
    [InlineData("AI Model Development Services Agreement\nProvider shall develop and operate a machine learning model for Customer.")]
    [InlineData("ソフトウェア開発委託契約書\n甲は乙に対し、学習済みモデルの開発業務を委託する。")]
    public void Detect_AiServiceContract_IsServicesNotJointResearch(string opening)
    {
        Assert.Equal(DocumentType.Services, DocumentTypeDetector.Detect(null, opening));
    }

    [Theory]
    [InlineData("Amendment No. 3 to the Manufacturing Agreement\nThis Amendment is made between the parties.", DocumentType.Manufacturing)]
    [InlineData("AMENDMENT NO. 2\nReference is hereby made to that certain Content License Agreement dated 1 May between the parties.", DocumentType.Licence)]
    [InlineData("共同研究契約の一部を変更する覚書\n甲および乙は、両者間の共同研究契約を次のとおり変更する。", DocumentType.JointResearch)]
    [InlineData("First Amendment\nThe parties agree that the fees in Schedule 2 are replaced by the fees below.", DocumentType.Amendment)]
    [InlineData("変更覚書\n甲および乙は、第5条の支払期日を次のとおり変更する。", DocumentType.Amendment)]
    public void Detect_Amendment_IsTypedByWhatItAmendsOrLeftAsAnAmendment(string opening, DocumentType expected)
    {
        Assert.Equal(expected, DocumentTypeDetector.Detect(null, opening));
    }

    [Fact]
    public void Detect_AmendedAndRestatedAgreement_IsTheAgreementItself()
    {
        Assert.Equal(DocumentType.Licence, DocumentTypeDetector.Detect(null, "Amended and Restated License Agreement"));
    }

    [Fact]
    public void Detect_UntitledEnglishBody_IsTypedByItsCues()
    {
        var body = "This document is made between Acme and Beta. " + string.Concat(Enumerable.Repeat("Licensor grants Licensee rights to the Licensed Patents against royalties. ", 4));

        Assert.Equal(DocumentType.Licence, DocumentTypeDetector.Detect(null, body));
    }

    [Fact]
    public void Detect_UntitledJapaneseBody_IsTypedByItsCues()
    {
        var body = "甲と乙は次のとおり合意する。" + string.Concat(Enumerable.Repeat("受託者は、委託者から委託された本業務を遂行し、委託者は委託料を支払う。", 3));

        Assert.Equal(DocumentType.Services, DocumentTypeDetector.Detect(null, body));
    }

    [Fact]
    public void Detect_FewCues_StaysUnknown()
    {
        Assert.Equal(DocumentType.Unknown, DocumentTypeDetector.Detect(null, "Minutes of a meeting. The parties discussed the licensee's plans."));
    }

    [Theory]
    [InlineData("supply", DocumentType.Supply)]
    [InlineData("license", DocumentType.Licence)]
    [InlineData("ip-assignment", DocumentType.IpAssignment)]
    [InlineData("joint-venture", DocumentType.JointVenture)]
    [InlineData("services", DocumentType.Services)]
    public void Detect_Hint_WinsOverTheTitle(string hint, DocumentType expected)
    {
        Assert.Equal(expected, DocumentTypeDetector.Detect(hint, "秘密保持契約書"));
    }

    [Fact]
    public void Detect_NumericHint_IsIgnored()
    {
        Assert.Equal(DocumentType.Nda, DocumentTypeDetector.Detect("3", "秘密保持契約書"));
    }

    [Theory]
    [InlineData(DocumentType.Amendment)]
    [InlineData(DocumentType.Marketing)]
    [InlineData(DocumentType.Unknown)]
    public void ExpectedSafeguards_OfTypesWithoutAClearRoute_AreNone(DocumentType type)
    {
        Assert.Empty(ExpectedSafeguards.For(type));
    }

    [Fact]
    public void ExpectedSafeguards_OfServices_AreConfidentialityAndAssignmentRestriction()
    {
        Assert.Equal(["confidentiality", "assignment-restriction"], ExpectedSafeguards.For(DocumentType.Services));
        Assert.Equal(["export-compliance"], ExpectedSafeguards.For(DocumentType.IpAssignment));
        Assert.Equal(ExpectedSafeguards.For(DocumentType.Licence), ExpectedSafeguards.For(DocumentType.Manufacturing));
    }
}
