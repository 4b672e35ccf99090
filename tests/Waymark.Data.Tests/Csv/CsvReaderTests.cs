using Waymark.Data.Csv;

namespace Waymark.Data.Tests.Csv;

public class CsvReaderTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string text)
    {
        using var reader = new CsvReader(new StringReader(text));
        var records = new List<(long, string[])>();
        while (reader.Read())
        {
            records.Add((reader.LineNumber, Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray()));
        }

        return records;
    }

    [Fact]
    public void Read_PlainFields_SplitsOnCommas()
    {
        var records = ReadAll("a,b,c\n1,2,3\n");
        Assert.Equal(["a", "b", "c"], records[0].Fields);
        Assert.Equal(["1", "2", "3"], records[1].Fields);
    }

    [Fact]
    public void Read_QuotedFieldWithCommaQuoteAndLineBreak_KeepsTheTextAndTheStartingLine()
    {
        var records = ReadAll("code,commentary\nNI 66,\"Reviews, \"\"on time\"\"\nimproved\"\nNI 43,x\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("Reviews, \"on time\"\nimproved", records[1].Fields[1]);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(["NI 43", "x"], records[2].Fields);
    }

    [Fact]
    public void Read_WindowsLineEndingsAndBlankLines_AreIgnored()
    {
        var records = ReadAll("a,b\r\n\r\n1,2\r\n   \r\n3,\"4\"\r\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "2"], records[1].Fields);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(["3", "4"], records[2].Fields);
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public void Read_TrailingComma_GivesAnEmptyLastField()
    {
        var records = ReadAll("a,b,\n");
        Assert.Equal(["a", "b", ""], records[0].Fields);
    }

    [Fact]
    public void Read_UnclosedQuote_IsFlagged()
    {
        using var reader = new CsvReader(new StringReader("a,\"b\n"));
        Assert.True(reader.Read());
        Assert.True(reader.HasUnclosedQuote);
    }
}
