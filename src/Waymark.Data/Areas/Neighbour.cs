namespace Waymark.Data.Areas;

/// <summary>One of an LA's ten statistical neighbours in a model, closest first.</summary>
public sealed class Neighbour
{
    public int ModelId { get; set; }

    public int AreaId { get; set; }

    /// <summary>1 for the closest neighbour, up to 10.</summary>
    public int Position { get; set; }

    public int NeighbourAreaId { get; set; }

    /// <summary>The model's label: Very close, Close, Somewhat close, Not close.</summary>
    public string? Closeness { get; set; }
}
