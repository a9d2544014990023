package th.bma.anticorruption.launcher;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * A unique index of the embedded MongoDB kept in an MVStore map, as mongo-java-server's {@code H2UniqueIndex}, but
 * with its keys ordered by their values. The library opens index maps with H2's {@link ObjectDataType}, which orders
 * objects it does not know (mongo-java-server's {@link KeyValue}) by their Java serialisation: every comparison of a
 * B-tree lookup serialised both keys. Here keys are compared with mongo-java-server's own value order (MongoDB's, so
 * {@code 1} and {@code 1.0} are one key, as in MongoDB); they are still stored as before, so a map written by the
 * library is read as it is and only reordered once ({@link #openMap}).
 */
final class ValueOrderedIndex extends AbstractUniqueIndex<Object> {

    /** The index maps already ordered by value; any other existing index map is reordered when opened. */
    static final String ORDERED_MAPS = "embedded.value-ordered-indexes";

    private final MVMap<KeyValue, Object> map;

    ValueOrderedIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    /** Opens an index map ordered by value, moving the entries of a map the library wrote in its own order. */
    static MVMap<KeyValue, Object> openMap(MVStore store, String mapName) {
        MVMap<String, Boolean> ordered = store.openMap(ORDERED_MAPS);
        MVMap.Builder<KeyValue, Object> byValue = new MVMap.Builder<KeyValue, Object>().keyType(new KeyType());
        if (!store.hasMap(mapName) || ordered.containsKey(mapName)) {
            MVMap<KeyValue, Object> map = store.openMap(mapName, byValue);
            ordered.put(mapName, Boolean.TRUE);
            return map;
        }
        MVMap<Object, Object> serialisedOrder = store.openMap(mapName);
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(serialisedOrder.entrySet());
        store.removeMap(serialisedOrder);
        MVMap<KeyValue, Object> map = store.openMap(mapName, byValue);
        entries.forEach(entry -> map.put((KeyValue) entry.getKey(), entry.getValue()));
        ordered.put(mapName, Boolean.TRUE);
        return map;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    /** H2's object type (same stored form), comparing two index keys value by value. */
    static final class KeyType extends ObjectDataType {

        private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                Iterator<Object> l = left.iterator();
                Iterator<Object> r = right.iterator();
                while (l.hasNext() && r.hasNext()) {
                    int order = VALUES.compare(l.next(), r.next());
                    if (order != 0) {
                        return order;
                    }
                }
                return Boolean.compare(l.hasNext(), r.hasNext());
            }
            return super.compare(a, b);
        }
    }
}
