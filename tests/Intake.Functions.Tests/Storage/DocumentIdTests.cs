using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.Storage;

public class DocumentIdTests
{
    [Fact]
    public void FromBlobPath_SamePath_GivesTheSameId()
    {
        Assert.Equal(DocumentId.FromBlobPath("intake", "a/b.pdf"), DocumentId.FromBlobPath("intake", "a/b.pdf"));
    }

    [Fact]
    public void FromBlobPath_PathsThatSlugAlike_GiveDifferentIds()
    {
        Assert.NotEqual(DocumentId.FromBlobPath("intake", "a/b.pdf"), DocumentId.FromBlobPath("intake", "c/b.pdf"));
        Assert.NotEqual(DocumentId.FromBlobPath("intake", "B.pdf"), DocumentId.FromBlobPath("intake", "b.pdf"));
    }

    [Theory]
    [InlineData("contract #1?.pdf")]
    [InlineData("dir\\sub/evil\u0001name\t.txt")]
    [InlineData("共同研究契約書.docx")]
    [InlineData("////")]
    [InlineData("a-very-long-file-name-that-goes-on-and-on-and-on-well-past-any-sensible-limit-for-a-key.pdf")]
    public void FromBlobPath_AnyName_IsTableKeySafeAndWellFormed(string blobName)
    {
        var id = DocumentId.FromBlobPath("intake", blobName);

        Assert.True(DocumentId.IsWellFormed(id), id);
        Assert.DoesNotContain(id, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.InRange(id.Length, 12, 73);
    }

    [Fact]
    public void FromBlobPath_ReadableName_KeepsASlug()
    {
        Assert.StartsWith("licence-agreement-v2-pdf-", DocumentId.FromBlobPath("intake", "2026/Licence Agreement v2.pdf"), StringComparison.Ordinal);
    }
}
