using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Formats;

/// <summary>
/// A per-model format that concerns only some models (the EU AI Act Annex IV draft concerns high-risk ones). When the
/// formats are left to the default (the build's and the CLI's), it is written only for the models it concerns; when it
/// is asked for by name (<see cref="ModelCardOptions.Formats"/> set), for every model, and the file says why it may not apply.
/// </summary>
public interface IScopedModelCardFormat : IModelCardFormat
{
    /// <summary>Whether the format concerns <paramref name="model"/>, and why or why not in one sentence.</summary>
    bool Concerns(ModelDeclarations model, out string reason);
}
