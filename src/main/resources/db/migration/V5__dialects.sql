-- When a login profile last changed (Alibaba Cloud GetLoginProfile reports it as UpdateDate).
-- NULL for profiles stored before: they are reported with their creation time.
ALTER TABLE login_profiles ADD COLUMN updated_at TIMESTAMP(3) WITH TIME ZONE;
