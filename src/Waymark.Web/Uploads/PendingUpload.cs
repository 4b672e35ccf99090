namespace Waymark.Web.Uploads;

/// <summary>A file uploaded for import and kept until it is confirmed or discarded.</summary>
public sealed record PendingUpload(string Id, string Kind, string FileName);
