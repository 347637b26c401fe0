using System.Text;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Tests.Signals;

public sealed class ScreeningListReaderTests
{
    private static ScreeningList Read(string csv) => ScreeningListReader.Read("lists/eul.csv", Encoding.UTF8.GetBytes(csv));

    [Fact]
    public void Read_QuotedFieldsAliasesAndABom_GiveTheEntries()
    {
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "name,aliases,country,list,reason\r\n\"Orion Tech, Co., Ltd.\",\"Orion|オリオン科技|Orion \"\"OT\"\" Group\",XX,EUL,\"procurement\nfor missiles\"\r\nKestrel Optronics,,,,\r\n")).ToArray();

        var list = ScreeningListReader.Read("lists/eul.csv", bom);

        Assert.Equal(2, list.Entries.Count);
        var orion = list.Entries[0];
        Assert.Equal("Orion Tech, Co., Ltd.", orion.Name);
        Assert.Equal(["Orion", "オリオン科技", "Orion \"OT\" Group"], orion.Aliases);
        Assert.Equal(("XX", "EUL", "procurement\nfor missiles", 2), (orion.Country, orion.List, orion.Reason, orion.Line));
        Assert.Equal(("Kestrel Optronics", 4), (list.Entries[1].Name, list.Entries[1].Line));
        Assert.Null(list.Entries[1].Country);
    }

    [Fact]
    public void Read_OnlyTheNameColumn_IsEnough()
    {
        var list = Read("name\nKestrel Optronics\n");

        Assert.Equal("Kestrel Optronics", Assert.Single(list.Entries).Name);
    }

    [Theory]
    [InlineData("name,aliases\nGood Co.,\n\"Broken Co.,alias\n", 3, "malformed CSV")]
    [InlineData("name,aliases,country\nGood Co.,,\nBad, Inc.,alias,XX,extra\n", 3, "5 fields but the header has 3")]
    [InlineData("name,aliases\nGood Co.,\n,alias only\n", 3, "the name is empty")]
    [InlineData("alias,country\nGood Co.,XX\n", 1, "no 'name' column")]
    [InlineData("name;aliases;country\nGood Co.;;XX\n", 1, "no 'name' column")]
    [InlineData("name,owner\nGood Co.,someone\n", 1, "unknown column 'owner'")]
    public void Read_MalformedList_FailsNamingTheLine(string csv, int line, string problem)
    {
        var exception = Assert.Throws<ScreeningListException>(() => Read(csv));

        Assert.Equal(line, exception.Line);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
        Assert.Contains($"lists/eul.csv, line {line}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShiftJisFile_IsRefusedAsNotUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var shiftJis = Encoding.GetEncoding(932).GetBytes("name\n株式会社オリオン\n");

        var exception = Assert.Throws<ScreeningListException>(() => ScreeningListReader.Read("sjis.csv", shiftJis));

        Assert.Contains("not UTF-8", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, exception.Line);
    }

    [Fact]
    public void Read_EmptyFile_IsRefused()
    {
        Assert.Contains("empty", Assert.Throws<ScreeningListException>(() => Read(string.Empty)).Message, StringComparison.Ordinal);
    }
}
