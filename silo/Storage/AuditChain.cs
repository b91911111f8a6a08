using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace HeresHealthy.Silo.Storage;

/// <summary>
/// The hash chain of the audit trail. A row's hash is SHA-256 over its predecessor's hash and a canonical encoding of its
/// fields: sequence, time (Unix milliseconds), status as 64-bit big-endian integers, then actor, action and case id, each
/// as a 32-bit big-endian length (-1 for none) followed by its UTF-8 bytes. The first row's predecessor is <see cref="Genesis"/>.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>How many rows a verifier reads at a time.</summary>
    public const int VerifyPage = 1000;

    /// <summary>Seals entries after the chain's head (sequence 0 and <see cref="Genesis"/> for an empty chain); times are cut to milliseconds.</summary>
    public static IReadOnlyList<AuditRecord> Seal(long headSequence, string headHash, IReadOnlyList<AuditEntry> entries)
    {
        var sealedRows = new List<AuditRecord>(entries.Count);
        foreach (var entry in entries)
        {
            var time = DateTimeOffset.FromUnixTimeMilliseconds(entry.Time.ToUnixTimeMilliseconds());
            var row = new AuditRecord(++headSequence, time, entry.Actor, entry.Action, entry.CaseId, entry.Status, headHash, "");
            headHash = HashOf(row);
            sealedRows.Add(row with { Hash = headHash });
        }

        return sealedRows;
    }

    /// <summary>The hash a row must carry, given its fields and its predecessor's hash.</summary>
    public static string HashOf(AuditRecord row)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.ASCII.GetBytes(row.PreviousHash));
        AppendNumber(hash, row.Sequence);
        AppendNumber(hash, row.Time.ToUnixTimeMilliseconds());
        AppendNumber(hash, row.Status);
        AppendText(hash, row.Actor);
        AppendText(hash, row.Action);
        AppendText(hash, row.CaseId);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads the chain page by page in sequence order (rows after a sequence, at most a page) and checks every link.</summary>
    public static async Task<AuditVerification> VerifyAsync(Func<long, int, Task<IReadOnlyList<AuditRecord>>> readAfter)
    {
        long checkedRows = 0;
        var previous = new AuditRecord(0, default, "", "", null, 0, "", Genesis);
        while (true)
        {
            var page = await readAfter(previous.Sequence, VerifyPage);
            foreach (var row in page)
            {
                if (row.Sequence != previous.Sequence + 1 || row.PreviousHash != previous.Hash || row.Hash != HashOf(row))
                {
                    return new AuditVerification(false, checkedRows, previous.Sequence + 1);
                }

                checkedRows++;
                previous = row;
            }

            if (page.Count < VerifyPage)
            {
                return new AuditVerification(true, checkedRows, null);
            }
        }
    }

    private static void AppendNumber(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        hash.AppendData(bytes);
    }

    private static void AppendText(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, value is null ? -1 : bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
