namespace Waymark.Data.Files;

/// <summary>One statistical neighbour of an LA.</summary>
/// <param name="Number">The neighbour's three-digit DfE number.</param>
/// <param name="Closeness">How close the model finds it, as published (<c>Very close</c>, <c>Somewhat close</c>, ...).</param>
public readonly record struct StatisticalNeighbour(int Number, string Closeness);
