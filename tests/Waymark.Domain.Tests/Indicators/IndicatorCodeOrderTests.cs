using Waymark.Indicators;

namespace Waymark.Domain.Tests.Indicators;

public sealed class IndicatorCodeOrderTests
{
    [Fact]
    public void Sort_NationalIndicators_PutsNumbersInNumberOrder()
    {
        string[] codes = ["NI 103a", "NI 19", "NI 103b", "NI 2", "NI 110", "NI 103"];

        Assert.Equal(["NI 2", "NI 19", "NI 103", "NI 103a", "NI 103b", "NI 110"], codes.Order(IndicatorCodeOrder.Instance));
    }

    [Fact]
    public void Sort_MixedSets_ComparesLettersWithoutCase()
    {
        string[] codes = ["LSP-HW2Bi", "lsp-hw10", "CYPP 7", "NI 66", "Under18concep"];

        Assert.Equal(["CYPP 7", "LSP-HW2Bi", "lsp-hw10", "NI 66", "Under18concep"], codes.Order(IndicatorCodeOrder.Instance));
    }

    [Theory]
    [InlineData("NI 019", "NI 19")]
    [InlineData("NI 19", "ni 19")]
    [InlineData("NI 1", "NI 1a")]
    [InlineData(null, "NI 1")]
    public void Compare_CodesThatReadAlike_StillHaveAnOrder(string? first, string second)
    {
        Assert.True(IndicatorCodeOrder.Instance.Compare(first, second) < 0);
        Assert.True(IndicatorCodeOrder.Instance.Compare(second, first) > 0);
    }

    [Fact]
    public void Compare_SameCode_IsEqual() => Assert.Equal(0, IndicatorCodeOrder.Instance.Compare("NI 103a", "NI 103a"));
}
