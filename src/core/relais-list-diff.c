/* relais-list-diff.c — what changed between two versions of a list: the part
 * between their common beginning and their common end
 *
 * Enough for the short lists Relais shows (results, alternatives): one
 * "items-changed" for that middle part, so that a bound view keeps the rows
 * that did not change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relais-list-diff"

#include "config.h"

#include "relais-list-diff.h"

/**
 * relais_list_diff:
 * @same: (nullable): whether two items are the same; %NULL compares pointers
 * @position: (out): where the changed part starts
 * @removed: (out): how many old items it holds
 * @added: (out): how many new items replace them
 *
 * Returns: %FALSE when the two lists are the same
 */
gboolean
relais_list_diff (gpointer   *old_items,
                  guint       old_len,
                  gpointer   *new_items,
                  guint       new_len,
                  GEqualFunc  same,
                  guint      *position,
                  guint      *removed,
                  guint      *added)
{
  guint prefix = 0, suffix = 0;

  g_return_val_if_fail (old_len == 0 || old_items != NULL, FALSE);
  g_return_val_if_fail (new_len == 0 || new_items != NULL, FALSE);
  g_return_val_if_fail (position != NULL && removed != NULL && added != NULL, FALSE);

  if (same == NULL)
    same = g_direct_equal;
  while (prefix < old_len && prefix < new_len && same (old_items[prefix], new_items[prefix]))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         same (old_items[old_len - 1 - suffix], new_items[new_len - 1 - suffix]))
    suffix++;

  *position = prefix;
  *removed = old_len - prefix - suffix;
  *added = new_len - prefix - suffix;
  return *removed > 0 || *added > 0;
}

/**
 * relais_list_store_update:
 * @items: the new content, of the store's item type
 * @same: (nullable): as for relais_list_diff()
 *
 * Makes @store hold @items, replacing only what differs.
 */
void
relais_list_store_update (GListStore *store,
                          GPtrArray  *items,
                          GEqualFunc  same)
{
  guint n_items, position, removed, added;
  g_autoptr(GPtrArray) old = NULL;

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (items != NULL);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  old = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (old, g_list_model_get_item (G_LIST_MODEL (store), i));

  if (relais_list_diff (old->pdata, old->len, items->pdata, items->len, same, &position, &removed, &added))
    g_list_store_splice (store, position, removed, items->pdata + position, added);
}
