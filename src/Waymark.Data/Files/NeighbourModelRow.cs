using Waymark.Areas;

namespace Waymark.Data.Files;

/// <summary>One LA of a DfE statistical neighbour model, with its neighbours closest first.</summary>
/// <param name="Number">The LA's three-digit DfE number.</param>
/// <param name="Name">The LA's name as published.</param>
/// <param name="Region">The LA's region as the model writes it (<c>London (Inner)</c>); match it with <see cref="RegionNames.Comparer"/>.</param>
/// <param name="Neighbours">Up to ten neighbours, closest first; none for an LA the model has no neighbours for yet.</param>
/// <param name="Former">Whether the LA is listed under the model's "Old SNs:", as an LA that has since been reorganised.</param>
public sealed record NeighbourModelRow(int Number, string Name, string Region, IReadOnlyList<StatisticalNeighbour> Neighbours, bool Former);
