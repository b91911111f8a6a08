using System.Globalization;

namespace HeresHealthy.LiveBench;

/// <summary>One measured round's stamps in Unix ms (NaN where the round has none).</summary>
public sealed record Round(int Index, string CaseId, int PayloadBytes, double RealRequested)
{
    public const string CsvHeader = "round,case,bytes,real_gcs,bare_gcs,real_requested,real_written,real_dispatched,real_published,real_message,real_dom,real_response,bare_send,bare_message,bare_dom";

    /// <summary>Garbage collections in this process during the real and the bare round.</summary>
    public int RealCollections { get; init; }

    public int BareCollections { get; init; }

    public double RealWritten { get; init; } = double.NaN;

    public double RealDispatched { get; init; } = double.NaN;

    public double RealPublished { get; init; } = double.NaN;

    public double RealMessage { get; init; } = double.NaN;

    public double RealDom { get; init; } = double.NaN;

    public double RealResponse { get; init; } = double.NaN;

    public double BareSend { get; init; } = double.NaN;

    public double BareMessage { get; init; } = double.NaN;

    public double BareDom { get; init; } = double.NaN;

    public string ToCsv()
    {
        var counts = new[] { Index, PayloadBytes, RealCollections, BareCollections }.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
        var stamps = new[] { RealRequested, RealWritten, RealDispatched, RealPublished, RealMessage, RealDom, RealResponse, BareSend, BareMessage, BareDom }
            .Select(stamp => stamp.ToString("F3", CultureInfo.InvariantCulture));
        return string.Join(',', [counts[0], CaseId, .. counts[1..], .. stamps]);
    }
}
