using System;
using System.Collections.Generic;

namespace AiCompliance.Policy.Declarations;

/// <summary>
/// How model ids and dataset ids compare, everywhere: duplicate detection (AIC002), dataset references (AIC003,
/// <c>[TrainedOn]</c> and <c>Evaluation.Dataset</c> in checks and cards), risk acceptances that name a model, and the
/// governance diff. Two ids are the same id when they are equal after trimming surrounding white space, ignoring case
/// (ordinal, culture-independent).
/// </summary>
/// <remarks>
/// Case is ignored because an id names the model card files, and <c>credit-scorer.md</c> and <c>Credit-Scorer.md</c>
/// are one file on Windows and macOS; a dataset reference must then resolve under the same rule that decides
/// uniqueness, or one rule reports two ids as the same while another reports them as different. White space is
/// trimmed because it never shows in a card or a message and nobody types it on purpose. The comparison is ordinal so
/// that it does not depend on the culture of the machine that builds.
/// </remarks>
public static class DeclarationIds
{
    /// <summary>Compares ids as <see cref="Same"/> does; a hash set or dictionary keyed by it holds each id once.</summary>
    public static StringComparer Comparer { get; } = new IdComparer();

    /// <summary>Whether two ids name the same model or dataset. A <see langword="null"/> id matches only <see langword="null"/>.</summary>
    public static bool Same(string? first, string? second) =>
        first is null || second is null
            ? first is null && second is null
            : string.Equals(first.Trim(), second.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The id in a form that is equal for equal ids, for keys built from several parts (an evaluation is keyed by metric,
    /// dataset and slice); <see langword="null"/> and blank ids give the empty string.
    /// </summary>
    public static string Key(string? id) => (id ?? "").Trim().ToUpperInvariant();

    /// <summary>The dataset an id refers to; the first declaration wins when ids are duplicated (AIC002 reports the others).</summary>
    public static DatasetDeclaration? FindDataset(IReadOnlyList<DatasetDeclaration> datasets, string? id)
    {
        if (id is null)
        {
            return null;
        }

        foreach (var dataset in datasets)
        {
            if (Same(dataset.Id, id))
            {
                return dataset;
            }
        }

        return null;
    }

    private sealed class IdComparer : StringComparer
    {
        public override int Compare(string? x, string? y) => StringComparer.OrdinalIgnoreCase.Compare(x?.Trim(), y?.Trim());

        public override bool Equals(string? x, string? y) => Same(x, y);

        public override int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Trim());
    }
}
