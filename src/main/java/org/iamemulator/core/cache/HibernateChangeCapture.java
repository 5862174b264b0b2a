package org.iamemulator.core.cache;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.io.Serializable;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.iamemulator.core.account.Account;
import org.iamemulator.core.credential.AccessKey;
import org.iamemulator.core.credential.LoginProfile;
import org.iamemulator.core.group.Group;
import org.iamemulator.core.group.GroupMember;
import org.iamemulator.core.login.LoginRecord;
import org.iamemulator.core.policy.GroupPolicyAttachment;
import org.iamemulator.core.policy.Policy;
import org.iamemulator.core.policy.UserPolicyAttachment;
import org.iamemulator.core.user.User;
import org.springframework.stereotype.Component;

/**
 * Records every JPA write that cached state depends on as a {@link StoreChange}, so that no service has to
 * remember to: inserts, updates and deletes of users (and their tag collections), access keys, policies, groups,
 * memberships and attachments. The store's own cascades (a deleted user takes its keys and attachments) are
 * covered by the owner's change.
 */
@Component
class HibernateChangeCapture
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionRemoveEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final StoreChanges changes;

    HibernateChangeCapture(EntityManagerFactory entityManagerFactory, StoreChanges changes) {
        this.entityManagerFactory = entityManagerFactory;
        this.changes = changes;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity(), Op.INSERT);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity(), Op.UPDATE);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity(), Op.DELETE);
    }

    @Override
    public void onPostUpdateCollection(org.hibernate.event.spi.PostCollectionUpdateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRecreateCollection(org.hibernate.event.spi.PostCollectionRecreateEvent event) {
        collectionChanged(event);
    }

    @Override
    public void onPostRemoveCollection(org.hibernate.event.spi.PostCollectionRemoveEvent event) {
        collectionChanged(event);
    }

    private void collectionChanged(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner instanceof User user) {
            changes.record(StoreChange.user(user.id()));
        } else if (owner == null && User.class.getName().equals(event.getAffectedOwnerEntityName())) {
            Serializable id = (Serializable) event.getAffectedOwnerIdOrNull();
            changes.record(id != null ? StoreChange.user(id.toString()) : StoreChange.EVERYTHING);
        }
    }

    private enum Op {
        INSERT,
        UPDATE,
        DELETE
    }

    private void changed(Object entity, Op op) {
        if (entity instanceof User user) {
            changes.record(StoreChange.user(user.id()));
        } else if (entity instanceof LoginRecord login) {
            changes.record(StoreChange.user(login.userId())); // the user's latest login (LoginHistory)
        } else if (entity instanceof LoginProfile profile) {
            changes.record(StoreChange.user(profile.userId())); // what LoginProfileService.showByUserName reports
        } else if (entity instanceof AccessKey key) {
            changes.record(StoreChange.accessKey(key.accessKeyId()));
        } else if (entity instanceof UserPolicyAttachment attachment) {
            changes.record(StoreChange.userPolicies(attachment.userId()));
        } else if (entity instanceof GroupMember member) {
            changes.record(StoreChange.userPolicies(member.userId()));
        } else if (entity instanceof GroupPolicyAttachment) {
            changes.record(StoreChange.EVERY_POLICY);
        } else if (entity instanceof Policy && op != Op.INSERT) {
            changes.record(StoreChange.EVERY_POLICY);
        } else if (entity instanceof Group && op == Op.DELETE) {
            changes.record(StoreChange.EVERY_POLICY);
        } else if (entity instanceof Account && op == Op.DELETE) {
            changes.record(StoreChange.EVERYTHING);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
