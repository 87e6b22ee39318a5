/* relais-context.c — the long-lived services of Relais, owned by the
 * application and handed to every window and page: the profile store, the
 * settings, and the shipped data (catalogue, directory, places), each read
 * once, when first asked for, in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-context"

#include "config.h"

#include "relais-context.h"
#include "relais-profile-store-folders.h"

/* What is read from the resources reaches the pages through the context's
 * properties: a page notified of "catalog" has nothing to ask for. */
typedef gpointer (*LoadFunc) (RelaisContext  *self,
                              char          **warning,
                              GError        **error);

typedef struct
{
  RelaisContext  *owner;       /* unowned: a read under way holds it */
  LoadFunc        load;
  GDestroyNotify  unref;
  guint           prop_id;
  gpointer        value;       /* owned; NULL until first read */
  guint           generation;  /* counts the values set */
  guint           started_at;  /* the generation when the read under way started */
  GPtrArray      *waiting;     /* GTask: those asking while a read runs; NULL when none runs */
  gboolean        again;       /* read again when the one under way ends */
} Lazy;

typedef struct
{
  gpointer        value;
  char           *warning;
  GDestroyNotify  unref;
} Loaded;

enum {
  LAZY_CATALOG,
  LAZY_DIRECTORY,
  LAZY_PLACES,
  N_LAZY
};

struct _RelaisContext
{
  GObject             parent_instance;

  RelaisProfileStore *store;
  GSettings          *settings;
  GFile              *catalog_folder;  /* nullable: the resources' otherwise */
  Lazy                lazy[N_LAZY];
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_CATALOG_FOLDER,
  PROP_CATALOG,
  PROP_DIRECTORY,
  PROP_FINDER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RelaisContext, relais_context, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* --- Loaders, run in a worker thread ------------------------------------------ */

static gpointer
load_catalog (RelaisContext  *self,
              char          **warning,
              GError        **error)
{
  /* Only read here: set at construction, never changed. */
  if (self->catalog_folder != NULL)
    return relais_catalog_new_from_directory (self->catalog_folder, error);
  return relais_catalog_new_from_resource (RESOURCE_PATH "/catalog", error);
}

static gpointer
load_directory (RelaisContext  *self,
                char          **warning,
                GError        **error)
{
  g_autofree char *refreshed = relais_directory_get_refreshed_hosters_path ();

  return relais_directory_load_default (refreshed, warning, error);
}

static gpointer
load_places (RelaisContext  *self,
             char          **warning,
             GError        **error)
{
  g_autoptr(RelaisPlaces) places = NULL;
  RelaisCommunes *communes;

  if (!(communes = relais_communes_get_default (error)) ||
      !(places = relais_places_load_default (warning, error)))
    return NULL;

  /* Resolving every place's commune and hours is most of the cost: here too. */
  return relais_place_finder_new (places, communes);
}

/* --- Reading once, for every one who asks ------------------------------------- */

static void
loaded_free (Loaded *loaded)
{
  if (loaded->value != NULL)
    loaded->unref (loaded->value);
  g_free (loaded->warning);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Lazy *lazy = task_data;
  Loaded *loaded = g_new0 (Loaded, 1);
  GError *error = NULL;

  loaded->unref = lazy->unref;
  loaded->value = lazy->load (lazy->owner, &loaded->warning, &error);
  if (loaded->value == NULL)
    {
      loaded_free (loaded);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

static void
set_value (RelaisContext *self,
           Lazy          *lazy,
           gpointer       value)
{
  if (lazy->value != NULL)
    lazy->unref (lazy->value);
  lazy->value = value;
  lazy->generation++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[lazy->prop_id]);
}

static void start_load (RelaisContext *self,
                        Lazy          *lazy);

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RelaisContext) self = user_data;
  Lazy *lazy = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&lazy->waiting);
  g_autoptr(GError) error = NULL;
  g_autoptr(Loaded) loaded = g_task_propagate_pointer (G_TASK (result), &error);

  /* Read on the spot meanwhile (relais_context_load_catalog()): that one stays. */
  if (loaded != NULL && lazy->generation == lazy->started_at)
    set_value (self, lazy, g_steal_pointer (&loaded->value));

  if (lazy->again)
    {
      /* Those waiting want what is read from now on. */
      lazy->again = FALSE;
      lazy->waiting = g_steal_pointer (&waiting);
      start_load (self, lazy);
      return;
    }

  for (guint i = 0; i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (g_task_return_error_if_cancelled (task))
        continue;
      /* A read gives a value or an error, never neither. */
      if (loaded == NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_pointer (task, g_strdup (loaded->warning), g_free);
    }
}

static void
start_load (RelaisContext *self,
            Lazy          *lazy)
{
  /* Not the worker's source object: the thread may drop its hold on the task
   * after the answer reached the main thread, and the context must never be
   * finalized in a worker. */
  g_autoptr(GTask) worker = g_task_new (NULL, NULL, load_done_cb, g_object_ref (self));

  g_task_set_source_tag (worker, start_load);
  g_task_set_task_data (worker, lazy, NULL);
  lazy->started_at = lazy->generation;
  g_task_run_in_thread (worker, load_thread);
}

static void
lazy_load_async (RelaisContext       *self,
                 Lazy                *lazy,
                 gboolean             again,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);

  if (lazy->value != NULL && !again)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  if (lazy->waiting != NULL)
    {
      /* A read is under way: one more answer, and one more read if asked. */
      lazy->again |= again;
      g_ptr_array_add (lazy->waiting, g_steal_pointer (&task));
      return;
    }

  lazy->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (lazy->waiting, g_steal_pointer (&task));
  start_load (self, lazy);
}

static gpointer
lazy_load_finish (RelaisContext  *self,
                  Lazy           *lazy,
                  GAsyncResult   *result,
                  gpointer        source_tag,
                  char          **warning,
                  GError        **error)
{
  g_autoptr(GError) failure = NULL;
  g_autofree char *said = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  said = g_task_propagate_pointer (G_TASK (result), &failure);
  if (failure != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&failure));
      return NULL;
    }
  if (warning != NULL)
    *warning = g_steal_pointer (&said);
  return lazy->value;
}

/* For what cannot wait for a worker: read here, unless it was read. */
static gpointer
lazy_load_now (RelaisContext  *self,
               Lazy           *lazy,
               char          **warning,
               GError        **error)
{
  gpointer value;

  if (lazy->value != NULL)
    return lazy->value;

  if ((value = lazy->load (self, warning, error)) != NULL)
    set_value (self, lazy, value);
  return value;
}

/* --- GObject ----------------------------------------------------------------- */

static void
relais_context_dispose (GObject *object)
{
  RelaisContext *self = RELAIS_CONTEXT (object);

  for (guint i = 0; i < N_LAZY; i++)
    {
      /* A read under way holds the context: none can be left here. */
      g_assert (self->lazy[i].waiting == NULL);
      g_clear_pointer (&self->lazy[i].value, self->lazy[i].unref);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->catalog_folder);

  G_OBJECT_CLASS (relais_context_parent_class)->dispose (object);
}

static void
relais_context_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RelaisContext *self = RELAIS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CATALOG_FOLDER:
      g_value_set_object (value, self->catalog_folder);
      break;
    case PROP_CATALOG:
      g_value_set_object (value, self->lazy[LAZY_CATALOG].value);
      break;
    case PROP_DIRECTORY:
      g_value_set_boxed (value, self->lazy[LAZY_DIRECTORY].value);
      break;
    case PROP_FINDER:
      g_value_set_boxed (value, self->lazy[LAZY_PLACES].value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_context_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RelaisContext *self = RELAIS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_CATALOG_FOLDER:
      self->catalog_folder = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relais_context_constructed (GObject *object)
{
  RelaisContext *self = RELAIS_CONTEXT (object);

  G_OBJECT_CLASS (relais_context_parent_class)->constructed (object);

  /* Before any window opens the last profile, which may be a shared one. */
  if (self->store != NULL && self->settings != NULL)
    relais_profile_store_remember_folders (self->store, self->settings);
}

static void
relais_context_class_init (RelaisContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = relais_context_constructed;
  object_class->dispose = relais_context_dispose;
  object_class->get_property = relais_context_get_property;
  object_class->set_property = relais_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELAIS_TYPE_PROFILE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A catalogue of the same three files elsewhere than in the resources:
   * the tests' own. */
  properties[PROP_CATALOG_FOLDER] =
    g_param_spec_object ("catalog-folder", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The data below is NULL until read; each is notified when it arrives and
   * when it is read again (a refresh of the hosters, an import of places). */
  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RELAIS_TYPE_CATALOG,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTORY] =
    g_param_spec_boxed ("directory", NULL, NULL, RELAIS_TYPE_DIRECTORY,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINDER] =
    g_param_spec_boxed ("finder", NULL, NULL, RELAIS_TYPE_PLACE_FINDER,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relais_context_init (RelaisContext *self)
{
  self->lazy[LAZY_CATALOG] = (Lazy) { self, load_catalog, g_object_unref, PROP_CATALOG };
  self->lazy[LAZY_DIRECTORY] = (Lazy) { self, load_directory, (GDestroyNotify) relais_directory_unref, PROP_DIRECTORY };
  self->lazy[LAZY_PLACES] = (Lazy) { self, load_places, (GDestroyNotify) relais_place_finder_unref, PROP_FINDER };
}

/* --- Public ------------------------------------------------------------------- */

RelaisContext *
relais_context_new (RelaisProfileStore *store,
                    GSettings          *settings)
{
  g_return_val_if_fail (RELAIS_IS_PROFILE_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (RELAIS_TYPE_CONTEXT, "store", store, "settings", settings, NULL);
}

/**
 * relais_context_get_store:
 *
 * Returns: (transfer none): where the user's profiles live
 */
RelaisProfileStore *
relais_context_get_store (RelaisContext *self)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return self->store;
}

/**
 * relais_context_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
relais_context_get_settings (RelaisContext *self)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * relais_context_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalogue, or %NULL until it was
 * read (relais_context_load_catalog_async())
 */
RelaisCatalog *
relais_context_get_catalog (RelaisContext *self)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return self->lazy[LAZY_CATALOG].value;
}

/**
 * relais_context_load_catalog_async:
 *
 * Reads the catalogue in a worker thread unless it was read already; many
 * callers share one read. "catalog" is notified when it is there.
 */
void
relais_context_load_catalog_async (RelaisContext       *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (RELAIS_IS_CONTEXT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  lazy_load_async (self, &self->lazy[LAZY_CATALOG], FALSE, relais_context_load_catalog_async,
                   cancellable, callback, user_data);
}

/**
 * relais_context_load_catalog_finish:
 *
 * Returns: (transfer none) (nullable): the catalogue, or %NULL with @error set
 */
RelaisCatalog *
relais_context_load_catalog_finish (RelaisContext  *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return lazy_load_finish (self, &self->lazy[LAZY_CATALOG], result,
                           relais_context_load_catalog_async, NULL, error);
}

/**
 * relais_context_load_catalog:
 *
 * The catalogue now, read here if it was not yet: for what cannot wait for
 * a worker (a plan asked for before any area needed the catalogue).
 *
 * Returns: (transfer none) (nullable): the catalogue, or %NULL with @error set
 */
RelaisCatalog *
relais_context_load_catalog (RelaisContext  *self,
                             GError        **error)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return lazy_load_now (self, &self->lazy[LAZY_CATALOG], NULL, error);
}

/**
 * relais_context_get_directory:
 *
 * Returns: (transfer none) (nullable): contacts, hosters, funding and
 * national services, or %NULL until read
 */
RelaisDirectory *
relais_context_get_directory (RelaisContext *self)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return self->lazy[LAZY_DIRECTORY].value;
}

/**
 * relais_context_load_directory_async:
 * @again: read it again even if it was read (after a refresh of the hosters)
 *
 * Reads the directory, with the refreshed hosters when there are, in a
 * worker thread; "directory" is notified when it is there.
 */
void
relais_context_load_directory_async (RelaisContext       *self,
                                     gboolean             again,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (RELAIS_IS_CONTEXT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  lazy_load_async (self, &self->lazy[LAZY_DIRECTORY], again, relais_context_load_directory_async,
                   cancellable, callback, user_data);
}

/**
 * relais_context_load_directory_finish:
 * @warning: (out) (optional): set when the refreshed hosters were set aside
 *
 * Returns: (transfer none) (nullable): the directory, or %NULL with @error set
 */
RelaisDirectory *
relais_context_load_directory_finish (RelaisContext  *self,
                                      GAsyncResult   *result,
                                      char          **warning,
                                      GError        **error)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return lazy_load_finish (self, &self->lazy[LAZY_DIRECTORY], result,
                           relais_context_load_directory_async, warning, error);
}

/**
 * relais_context_load_directory:
 * @warning: (out) (optional): set when the refreshed hosters were set aside
 *
 * The directory now, read here if it was not yet (a plan asked for before
 * Help Nearby was shown).
 *
 * Returns: (transfer none) (nullable): the directory, or %NULL with @error set
 */
RelaisDirectory *
relais_context_load_directory (RelaisContext  *self,
                               char          **warning,
                               GError        **error)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return lazy_load_now (self, &self->lazy[LAZY_DIRECTORY], warning, error);
}

/**
 * relais_context_get_finder:
 *
 * Returns: (transfer none) (nullable): the help places with the communes,
 * or %NULL until read
 */
RelaisPlaceFinder *
relais_context_get_finder (RelaisContext *self)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return self->lazy[LAZY_PLACES].value;
}

/**
 * relais_context_load_places_async:
 * @again: read them again even if they were read (after an import)
 *
 * Reads the communes and the places (the user's imported list when there
 * is a good one) in a worker thread; "finder" is notified when they are there.
 */
void
relais_context_load_places_async (RelaisContext       *self,
                                  gboolean             again,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (RELAIS_IS_CONTEXT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  lazy_load_async (self, &self->lazy[LAZY_PLACES], again, relais_context_load_places_async,
                   cancellable, callback, user_data);
}

/**
 * relais_context_load_places_finish:
 * @warning: (out) (optional): set when the user's imported list was set aside
 *
 * Returns: (transfer none) (nullable): the finder, or %NULL with @error set
 */
RelaisPlaceFinder *
relais_context_load_places_finish (RelaisContext  *self,
                                   GAsyncResult   *result,
                                   char          **warning,
                                   GError        **error)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);

  return lazy_load_finish (self, &self->lazy[LAZY_PLACES], result,
                           relais_context_load_places_async, warning, error);
}

/**
 * relais_context_load_places:
 * @warning: (out) (optional): set when the user's imported list was set aside
 *
 * The places now, read here if they were not yet.
 *
 * Returns: (transfer none) (nullable): the finder, or %NULL with @error set
 */
RelaisPlaceFinder *
relais_context_load_places (RelaisContext  *self,
                            char          **warning,
                            GError        **error)
{
  g_return_val_if_fail (RELAIS_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return lazy_load_now (self, &self->lazy[LAZY_PLACES], warning, error);
}
