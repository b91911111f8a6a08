using System.Text.Json;

namespace HeresHealthy.Web.Api;

/// <summary>A string of a request body that <see cref="TextInput"/> refuses; its message is the German reason.</summary>
public sealed class InvalidTextException(string reason) : JsonException(reason)
{
    public string Reason { get; } = reason;
}
