using System.Globalization;
using System.Text;
using System.Text.Json;
using HeresHealthy.Grains.Abstractions.Cases;

namespace HeresHealthy.Web.Tests.Fixtures;

/// <summary>A live push as the browser receives it (LivePush on the wire), the view kept as raw JSON.</summary>
public sealed record ReceivedPush(long Position, string Topic, string? CaseId, JsonElement View)
{
    public string ViewText => View.GetRawText();

    /// <summary>The case status in the pushed view, if the view is a case.</summary>
    public CaseStatus? Status =>
        View.ValueKind == JsonValueKind.Object && View.TryGetProperty("status", out var status) ? Json.EnumOf<CaseStatus>(status) : null;

    /// <summary>What identifies a push between the live stream and a catch-up: position, topic, case.</summary>
    public (long, string, string?) Key => (Position, Topic, CaseId);

    /// <summary>Failure messages name the push, with the start of its view, instead of printing every member.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        var view = ViewText;
        builder.Append(CultureInfo.InvariantCulture, $"Position = {Position}, Topic = {Topic}, CaseId = {CaseId}, View = {view[..Math.Min(view.Length, 300)]}");
        return true;
    }
}
