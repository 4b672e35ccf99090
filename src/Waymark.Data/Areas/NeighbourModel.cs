namespace Waymark.Data.Areas;

/// <summary>A version of DfE's statistical-neighbour model, such as the one of May 2025.</summary>
public sealed class NeighbourModel
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateOnly ModelDate { get; set; }

    public List<Neighbour> Neighbours { get; } = [];
}
