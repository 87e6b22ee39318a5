/* relais-profile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-profile"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relais-departements.h"
#include "relais-profile.h"
#include "relais-profile-tool.h"
#include "relais-profile-merge.h"
#include "relais-profile-private.h"


enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_DEPARTEMENT,
  PROP_POSTCODE,
  PROP_COMMUNE,
  PROP_VALUES_WEIGHT,
  PROP_TECHNICAL_WEIGHT,
  PROP_FINANCIAL_WEIGHT,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TOOLS,
  PROP_FREE_TOOLS,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisProfile, relais_profile, G_TYPE_OBJECT)
G_DEFINE_QUARK (relais-profile-error-quark, relais_profile_error)

enum {
  TOOL_NOTIFY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const reason_ids[RELAIS_N_REASONS] = { "values", "technical", "financial" };

const char *
relais_profile_kind_to_string (RelaisProfileKind kind)
{
  GEnumClass *klass = g_type_class_ref (RELAIS_TYPE_PROFILE_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_type_class_unref (klass);
  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

const char *
relais_profile_kind_get_label (RelaisProfileKind kind)
{
  switch (kind)
    {
    case RELAIS_PROFILE_KIND_PERSON:
      return _("A person");
    case RELAIS_PROFILE_KIND_ASSOCIATION:
      return _("An association with no employees");
    case RELAIS_PROFILE_KIND_ASSOCIATION_EMPLOYER:
      return _("An association that employs people");
    case RELAIS_PROFILE_KIND_COLLECTIVE:
      return _("An informal collective");
    case RELAIS_PROFILE_KIND_RESSOURCERIE:
      return _("A ressourcerie or reuse structure");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
relais_profile_kind_is_collective (RelaisProfileKind kind)
{
  return kind != RELAIS_PROFILE_KIND_PERSON;
}

const char *
relais_reason_to_string (RelaisReason reason)
{
  g_return_val_if_fail (reason < RELAIS_N_REASONS, NULL);

  return reason_ids[reason];
}

const char *
relais_reason_get_label (RelaisReason reason)
{
  switch (reason)
    {
    case RELAIS_REASON_VALUES:
      return _("Values");
    case RELAIS_REASON_TECHNICAL:
      return _("Technical reasons");
    case RELAIS_REASON_FINANCIAL:
      return _("Financial reasons");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
relais_reason_get_explanation (RelaisReason reason)
{
  switch (reason)
    {
    case RELAIS_REASON_VALUES:
      return _("Use tools that match what you stand for: privacy, sharing knowledge, the commons.");
    case RELAIS_REASON_TECHNICAL:
      return _("Be free to adapt, fix and keep your tools, with open formats, even on older computers.");
    case RELAIS_REASON_FINANCIAL:
      return _("Pay no licence fees, and give back in other ways than paying for a licence.");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
relais_weight_get_label (RelaisWeight weight)
{
  switch (weight)
    {
    case RELAIS_WEIGHT_NOT_IMPORTANT:
      return _("Not important");
    case RELAIS_WEIGHT_A_LITTLE:
      return _("A little");
    case RELAIS_WEIGHT_IMPORTANT:
      return _("Important");
    case RELAIS_WEIGHT_ESSENTIAL:
      return _("Essential");
    default:
      g_return_val_if_reached (NULL);
    }
}

void
relais_profile_touch (RelaisProfile *self)
{
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_new_now_utc ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
relais_profile_free_tools_changed (RelaisProfile *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREE_TOOLS]);
  relais_profile_touch (self);
}

void
relais_profile_tools_changed (RelaisProfile *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLS]);
  relais_profile_touch (self);
}

/* A letter typed in a tool's note is that tool's change: it says so itself,
 * and the profile only dates it (so that it is saved) and relays it to those
 * that follow every tool at once. */
static void
tool_notify_cb (RelaisProfileTool *tool,
                GParamSpec        *pspec,
                RelaisProfile     *self)
{
  relais_profile_touch (self);
  g_signal_emit (self, signals[TOOL_NOTIFY], g_param_spec_get_name_quark (pspec), tool, pspec);
}

static void
tool_changed_cb (RelaisProfileTool *tool,
                 const char        *what,
                 const char        *from,
                 const char        *to,
                 RelaisProfile     *self)
{
  relais_profile_record (self, relais_profile_tool_get_tool_id (tool), what, from, to);
  /* Whoever gave the last news is the first guess for this one. */
  if (g_str_equal (what, "status"))
    relais_profile_note_who (self, relais_profile_tool_get_tool_id (tool), relais_profile_tool_get_noted_by (tool));
}

static void
noted_by_changed_cb (RelaisProfileTool *tool,
                     GParamSpec        *pspec,
                     RelaisProfile     *self)
{
  relais_profile_note_who (self, relais_profile_tool_get_tool_id (tool), relais_profile_tool_get_noted_by (tool));
}

void
relais_profile_watch_tool (RelaisProfile     *self,
                           RelaisProfileTool *tool)
{
  /* Before "notify": the history is up to date when the change is announced. */
  g_signal_connect_object (tool, "notify::noted-by", G_CALLBACK (noted_by_changed_cb), self, 0);
  g_signal_connect_object (tool, "notify", G_CALLBACK (tool_notify_cb), self, 0);
  g_signal_connect_object (tool, "changed", G_CALLBACK (tool_changed_cb), self, 0);
}

static gboolean
set_string (RelaisProfile *self,
            char         **field,
            const char    *value,
            guint          prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  relais_profile_touch (self);

  return TRUE;
}

/* --- GObject ------------------------------------------------------------- */

static void
relais_profile_constructed (GObject *object)
{
  RelaisProfile *self = (RelaisProfile *)object;

  G_OBJECT_CLASS (relais_profile_parent_class)->constructed (object);

  if (self->id == NULL)
    self->id = g_uuid_string_random ();
}

static void
relais_profile_finalize (GObject *object)
{
  RelaisProfile *self = (RelaisProfile *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->departement, g_free);
  g_clear_pointer (&self->postcode, g_free);
  g_clear_pointer (&self->commune, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_object (&self->tools);
  g_clear_pointer (&self->history, g_ptr_array_unref);
  g_clear_pointer (&self->checklist, g_hash_table_unref);
  g_clear_pointer (&self->own_steps, g_ptr_array_unref);
  g_clear_pointer (&self->free_tools, g_ptr_array_unref);
  g_clear_pointer (&self->changes, json_object_unref);
  g_clear_pointer (&self->overwritten, json_array_unref);
  g_clear_pointer (&self->ancestors, g_strfreev);

  G_OBJECT_CLASS (relais_profile_parent_class)->finalize (object);
}

static void
relais_profile_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RelaisProfile *self = RELAIS_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DEPARTEMENT:
      g_value_set_string (value, self->departement);
      break;
    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;
    case PROP_COMMUNE:
      g_value_set_string (value, self->commune);
      break;
    case PROP_VALUES_WEIGHT:
    case PROP_TECHNICAL_WEIGHT:
    case PROP_FINANCIAL_WEIGHT:
      g_value_set_uint (value, self->weights[prop_id - PROP_VALUES_WEIGHT]);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    case PROP_TOOLS:
      g_value_set_object (value, self->tools);
      break;
    case PROP_FREE_TOOLS:
      g_value_take_boxed (value, g_strdupv ((char **) relais_profile_get_free_tools (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RelaisProfile *self = RELAIS_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      relais_profile_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      relais_profile_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DEPARTEMENT:
      relais_profile_set_departement (self, g_value_get_string (value));
      break;
    case PROP_POSTCODE:
      relais_profile_set_postcode (self, g_value_get_string (value));
      break;
    case PROP_COMMUNE:
      relais_profile_set_commune (self, g_value_get_string (value));
      break;
    case PROP_VALUES_WEIGHT:
    case PROP_TECHNICAL_WEIGHT:
    case PROP_FINANCIAL_WEIGHT:
      relais_profile_set_weight (self, prop_id - PROP_VALUES_WEIGHT, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_profile_class_init (RelaisProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = relais_profile_constructed;
  object_class->finalize = relais_profile_finalize;
  object_class->get_property = relais_profile_get_property;
  object_class->set_property = relais_profile_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RELAIS_TYPE_PROFILE_KIND,
                       RELAIS_PROFILE_KIND_ASSOCIATION, rw);
  properties[PROP_DEPARTEMENT] = g_param_spec_string ("departement", NULL, NULL, "14", rw);
  properties[PROP_POSTCODE] = g_param_spec_string ("postcode", NULL, NULL, "", rw);
  properties[PROP_COMMUNE] = g_param_spec_string ("commune", NULL, NULL, "", rw);
  properties[PROP_VALUES_WEIGHT] =
    g_param_spec_uint ("values-weight", NULL, NULL, 0, RELAIS_N_WEIGHTS - 1,
                       RELAIS_WEIGHT_IMPORTANT, rw);
  properties[PROP_TECHNICAL_WEIGHT] =
    g_param_spec_uint ("technical-weight", NULL, NULL, 0, RELAIS_N_WEIGHTS - 1,
                       RELAIS_WEIGHT_IMPORTANT, rw);
  properties[PROP_FINANCIAL_WEIGHT] =
    g_param_spec_uint ("financial-weight", NULL, NULL, 0, RELAIS_N_WEIGHTS - 1,
                       RELAIS_WEIGHT_IMPORTANT, rw);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TOOLS] =
    g_param_spec_object ("tools", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FREE_TOOLS] =
    g_param_spec_boxed ("free-tools", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelaisProfile::tool-notify:
   * @tool: the tool of the profile that changed
   * @pspec: its property that changed
   *
   * A property of one of the tools changed; detailed by the property's
   * name ("tool-notify::choice"). "tools" is notified only when tools are
   * added or removed.
   */
  signals[TOOL_NOTIFY] =
    g_signal_new ("tool-notify", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED | G_SIGNAL_NO_RECURSE | G_SIGNAL_NO_HOOKS,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, RELAIS_TYPE_PROFILE_TOOL, G_TYPE_PARAM);
}

static void
relais_profile_init (RelaisProfile *self)
{
  self->name = g_strdup ("");
  self->departement = g_strdup ("14");
  self->postcode = g_strdup ("");
  self->commune = g_strdup ("");
  self->kind = RELAIS_PROFILE_KIND_ASSOCIATION;
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    self->weights[i] = RELAIS_WEIGHT_IMPORTANT;
  self->created = g_date_time_new_now_utc ();
  self->modified = g_date_time_ref (self->created);
  self->tools = g_list_store_new (RELAIS_TYPE_PROFILE_TOOL);
  self->history = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_history_entry_free);
  self->checklist = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, relais_profile_free_checklist_entry);
  self->own_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) relais_own_step_free);
  /* NULL-terminated, so that it reads as a string vector; one slot made
   * at once, or GLib 2.74 leaves pdata NULL while it is empty. */
  self->free_tools = g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

/* --- Public API ---------------------------------------------------------- */

/**
 * relais_profile_new:
 * @name: the name of the person or organisation
 *
 * A new profile with a fresh identifier, created now. It is not saved: hand it
 * to a #RelaisProfileStore.
 */
RelaisProfile *
relais_profile_new (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_object_new (RELAIS_TYPE_PROFILE, "name", name, NULL);
}

const char *
relais_profile_get_id (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->id;
}

const char *
relais_profile_get_name (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->name;
}

void
relais_profile_set_name (RelaisProfile *self,
                         const char    *name)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (name != NULL);

  set_string (self, &self->name, name, PROP_NAME);
}

RelaisProfileKind
relais_profile_get_kind (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), RELAIS_PROFILE_KIND_ASSOCIATION);

  return self->kind;
}

void
relais_profile_set_kind (RelaisProfile     *self,
                         RelaisProfileKind  kind)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (kind <= RELAIS_PROFILE_KIND_RESSOURCERIE);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  relais_profile_touch (self);
}

const char *
relais_profile_get_departement (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->departement;
}

void
relais_profile_set_departement (RelaisProfile *self,
                                const char    *departement)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (departement != NULL);

  set_string (self, &self->departement, departement, PROP_DEPARTEMENT);

  /* A commune belongs to one département: moving elsewhere forgets it. */
  if (self->commune[0] != '\0' && !g_str_has_prefix (self->commune, departement))
    set_string (self, &self->commune, "", PROP_COMMUNE);
}

const char *
relais_profile_get_postcode (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->postcode;
}

void
relais_profile_set_postcode (RelaisProfile *self,
                             const char    *postcode)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (postcode != NULL);

  set_string (self, &self->postcode, postcode, PROP_POSTCODE);
}

const char *
relais_profile_get_commune (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->commune;
}

/**
 * relais_profile_set_commune:
 * @commune: the INSEE code of the commune, or an empty string
 */
void
relais_profile_set_commune (RelaisProfile *self,
                            const char    *commune)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (commune != NULL);

  set_string (self, &self->commune, commune, PROP_COMMUNE);
}

RelaisWeight
relais_profile_get_weight (RelaisProfile *self,
                           RelaisReason   reason)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), RELAIS_WEIGHT_NOT_IMPORTANT);
  g_return_val_if_fail (reason < RELAIS_N_REASONS, RELAIS_WEIGHT_NOT_IMPORTANT);

  return self->weights[reason];
}

void
relais_profile_set_weight (RelaisProfile *self,
                           RelaisReason   reason,
                           RelaisWeight   weight)
{
  g_return_if_fail (RELAIS_IS_PROFILE (self));
  g_return_if_fail (reason < RELAIS_N_REASONS);
  g_return_if_fail (weight < RELAIS_N_WEIGHTS);

  if (self->weights[reason] == weight)
    return;

  self->weights[reason] = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUES_WEIGHT + reason]);
  relais_profile_touch (self);
}

GDateTime *
relais_profile_get_created (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->created;
}

GDateTime *
relais_profile_get_modified (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), NULL);

  return self->modified;
}


/**
 * relais_profile_get_read_only:
 *
 * Returns: %TRUE for a profile saved by a newer Relais: shown as far as this
 *   version understands it, and never written over
 */
gboolean
relais_profile_get_read_only (RelaisProfile *self)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE (self), FALSE);
  return self->read_only;
}

/* --- A merge's result, in place ----------------------------------------- */

static gboolean
same_strings (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
assign_tools (RelaisProfile *self,
              RelaisProfile *other)
{
  GListModel *theirs = G_LIST_MODEL (other->tools);
  guint n_ours = g_list_model_get_n_items (G_LIST_MODEL (self->tools));
  guint n_theirs = g_list_model_get_n_items (theirs);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean same_list = n_ours == n_theirs;

  /* The tools both have stay the same objects (their rows follow them);
   * only their properties that differ are notified. */
  for (guint i = 0; i < n_theirs; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (theirs, i);
      RelaisProfileTool *mine = relais_profile_find_tool (self, relais_profile_tool_get_tool_id (tool), NULL);

      if (mine != NULL)
        {
          relais_profile_tool_assign (mine, tool);
          g_ptr_array_add (wanted, g_object_ref (mine));
        }
      else
        g_ptr_array_add (wanted, g_object_ref (tool));
      if (same_list)
        {
          g_autoptr(RelaisProfileTool) at_i = g_list_model_get_item (G_LIST_MODEL (self->tools), i);

          same_list = at_i == g_ptr_array_index (wanted, i);
        }
    }

  if (same_list)
    return FALSE;

  for (guint i = 0; i < n_ours; i++)
    {
      g_autoptr(RelaisProfileTool) tool = g_list_model_get_item (G_LIST_MODEL (self->tools), i);

      if (!g_ptr_array_find (wanted, tool, NULL))
        g_signal_handlers_disconnect_by_data (tool, self);
    }
  for (guint i = 0; i < wanted->len; i++)
    {
      RelaisProfileTool *tool = g_ptr_array_index (wanted, i);

      if (relais_profile_find_tool (self, relais_profile_tool_get_tool_id (tool), NULL) != tool)
        {
          g_signal_handlers_disconnect_by_data (tool, other);
          relais_profile_watch_tool (self, tool);
        }
    }
  g_list_store_splice (self->tools, 0, n_ours, wanted->pdata, wanted->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLS]);
  return TRUE;
}

#define SWAP_POINTERS(a, b) G_STMT_START { gpointer swap_ = (a); (a) = (b); (b) = swap_; } G_STMT_END

/**
 * relais_profile_assign:
 * @other: (transfer none): the same profile as another copy has it (a merge's
 *   result); emptied of what @self takes
 *
 * Brings @self to @other in place, notifying only what differs, and without
 * recording anything in the history: a merge's history already says it all.
 *
 * Returns: whether anything changed
 */
gboolean
relais_profile_assign (RelaisProfile *self,
                       RelaisProfile *other)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (RELAIS_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (RELAIS_IS_PROFILE (other), FALSE);
  g_return_val_if_fail (g_str_equal (self->id, other->id), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  changed |= set_string (self, &self->name, other->name, PROP_NAME);
  if (self->kind != other->kind)
    {
      self->kind = other->kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
      changed = TRUE;
    }
  changed |= set_string (self, &self->departement, other->departement, PROP_DEPARTEMENT);
  changed |= set_string (self, &self->postcode, other->postcode, PROP_POSTCODE);
  changed |= set_string (self, &self->commune, other->commune, PROP_COMMUNE);
  for (guint i = 0; i < RELAIS_N_REASONS; i++)
    if (self->weights[i] != other->weights[i])
      {
        self->weights[i] = other->weights[i];
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUES_WEIGHT + i]);
        changed = TRUE;
      }
  changed |= assign_tools (self, other);
  if (!same_strings (self->free_tools, other->free_tools))
    {
      SWAP_POINTERS (self->free_tools, other->free_tools);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FREE_TOOLS]);
      changed = TRUE;
    }
  /* The path's rows read these again on "modified". */
  SWAP_POINTERS (self->checklist, other->checklist);
  SWAP_POINTERS (self->own_steps, other->own_steps);
  SWAP_POINTERS (self->history, other->history);
  SWAP_POINTERS (self->extra, other->extra);
  SWAP_POINTERS (self->changes, other->changes);
  SWAP_POINTERS (self->overwritten, other->overwritten);
  SWAP_POINTERS (self->ancestors, other->ancestors);
  if (!g_date_time_equal (self->created, other->created))
    {
      g_clear_pointer (&self->created, g_date_time_unref);
      self->created = g_date_time_ref (other->created);
    }
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_ref (other->modified);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
