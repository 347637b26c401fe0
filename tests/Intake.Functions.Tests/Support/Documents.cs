using System.Text;

namespace Intake.Functions.Tests.Support;

/// <summary>Small documents written here, in English and Japanese, good and bad.</summary>
internal static class Documents
{
    public static byte[] EnglishContract(int seed) => Encoding.UTF8.GetBytes(
        $"""
        JOINT RESEARCH AGREEMENT No. {seed}

        Article 1 (Purpose)
        The parties shall jointly research battery electrode coatings under the plan in Annex {seed}.

        Article 2 (Results)
        All results, inventions and know-how arising from the research shall be jointly owned by the parties.

        Article 3 (Confidentiality)
        Each party shall keep the other party's technical information confidential for five years and use it only for the research.

        Article 4 (Governing Law)
        This Agreement shall be governed by the laws of the State of New York, and any dispute shall be submitted to arbitration in Singapore.
        """);

    public static byte[] JapaneseContract(int seed) => Encoding.UTF8.GetBytes(
        $"""
        共同研究契約書（第{seed}号）

        第1条（目的）
        甲及び乙は、電池電極の被覆技術に関する共同研究を行う。

        第2条（成果の帰属）
        本研究により生じた発明及びノウハウは、甲乙の共有とする。

        第3条（秘密保持）
        甲及び乙は、相手方から開示された技術情報を第三者に開示してはならない。

        第4条（準拠法）
        本契約は、外国法に準拠し、紛争は外国の裁判所を専属的合意管轄とする。
        """);

    public static byte[] Empty() => [];

    public static byte[] RandomBytes(int seed, int length = 4096)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x00; // never a text or PDF signature
        return bytes;
    }

    public static byte[] TruncatedPdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");
}
